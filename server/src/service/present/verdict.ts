import type { CheckedSentence } from '../../core/claims/checkDraft';
import type { Evidence } from '../../core/claims/checkClaim';
import { messages } from './messages';
import { quotePassage } from './source';

/** Markdown for a claim's verdict: the label, confidence, and the evidence passages with links to them. */
export function describeVerdict(checked: CheckedSentence): string {
  const { verdict, analysis } = checked;
  const titles = messages[analysis.lang].verdicts;
  const label = verdict.label === 'none' ? '' : titles[verdict.label];
  const lines = [`**Grounded — ${label}** (${Math.round(verdict.confidence * 100)} %)`];
  const shown = verdict.label === 'unsupported' ? verdict.evidence.filter((e) => e.coverage >= 0.3).slice(0, 1) : verdict.evidence.slice(0, 2);
  for (const evidence of shown) lines.push('', quote(evidence));
  if (verdict.disagreement) lines.push('', `*${titles.disagree}:*`, '', quote(verdict.disagreement.evidence));
  return lines.join('\n');
}

function quote(evidence: Evidence): string {
  return quotePassage(evidence.doc, evidence.sentence);
}
