/**
 * Time spent in each stage of an index build, in seconds of one thread: what `npm run bench` reports per stage
 * so that a stage that grows faster than the corpus shows. Stages run by two threads at once are counted two
 * ways: reading and indexing files are summed over both threads; entity documents and candidates, and
 * definitions, are the build thread's own time (the second thread's share runs meanwhile; waiting for it counts
 * in candidates and definitions).
 */
export type StageTimes = Partial<Record<Stage, number>>;

/** The stages of a build, in the order they run. */
export const stages = [
  'read',
  'sentences',
  'index',
  'index cache',
  'entity documents',
  'entity candidates',
  'merges',
  'kinds',
  'definitions',
  'related',
  'serialize',
  'entities cache',
] as const;

export type Stage = (typeof stages)[number];

/** Adds the time of `run` (seconds, wall clock of this thread) to `stage` in `times`; returns what `run` returns. */
export function timed<T>(times: StageTimes | undefined, stage: Stage, run: () => T): T {
  if (!times) return run();
  const started = performance.now();
  try {
    return run();
  } finally {
    addTime(times, stage, (performance.now() - started) / 1000);
  }
}

/** Adds `seconds` to a stage. */
export function addTime(times: StageTimes, stage: Stage, seconds: number): void {
  times[stage] = (times[stage] ?? 0) + seconds;
}

/** Adds every stage of `more` to `times`. */
export function addTimes(times: StageTimes, more: StageTimes): void {
  for (const stage of stages) if (more[stage] !== undefined) addTime(times, stage, more[stage]);
}

/** "read 1.20, sentences 3.10, …": the stages that ran, in order, in seconds with two decimals. */
export function formatStages(times: StageTimes): string {
  return stages.flatMap((stage) => (times[stage] === undefined ? [] : [`${stage} ${times[stage].toFixed(2)}`])).join(', ');
}

/** Stage times back from {@link formatStages}'s text. */
export function parseStages(text: string): StageTimes {
  const times: StageTimes = {};
  for (const part of text.split(',')) {
    const match = /^\s*(.+?)\s+(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (match && (stages as readonly string[]).includes(match[1])) times[match[1] as Stage] = Number(match[2]);
  }
  return times;
}
