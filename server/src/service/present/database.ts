import type { DatabaseUriFault } from '../../core/backend/databaseUri';
import { sslModes } from '../../core/backend/databaseUri';
import type { ConnectionFault } from '../../pg/connect';
import { t } from './l10n';

/**
 * Texts about a team corpus in PostgreSQL, shown in the editor's UI (notifications, status tooltip): what is wrong
 * and what to do, in the UI's display language ({@link t}). Never node-postgres's own words, which are English and
 * name protocol steps (`SASL: SCRAM-SERVER-FIRST-MESSAGE…`); the log keeps those.
 */
export const databaseTexts = {
  /** The setting holds a URI that is not used (`fault`); nothing is checked until it is fixed. */
  invalidUri: (fault: DatabaseUriFault, setting: string): string => {
    const why = {
      password: t('{0} holds a password: put the password in ~/.pgpass or PGPASSWORD, not in settings, and remove it from the URI.', setting),
      scheme: t('{0} is not a PostgreSQL URI: only postgresql:// URIs are read (postgresql://user@host:port/database).', setting),
      'not-uri': t('{0} is not a connection URI: write postgresql://user@host:port/database.', setting),
      sslmode: t('{0} has an unknown sslmode: it must be one of {1}.', setting, sslModes.join(', ')),
    }[fault];
    return `${t('Grounded checks nothing against the team corpus:')} ${why}`;
  },
  /** The database cannot be reached (`fault`): what to do, and that nothing is checked meanwhile. */
  unreachable: (fault: ConnectionFault, database: string): string =>
    t('Grounded cannot reach the team corpus at {0}: {1} Nothing is checked until it answers; Grounded tries again by itself.', database, databaseTexts.advice(fault)),
  /** What to do about a connection fault, one sentence. */
  advice: (fault: ConnectionFault): string =>
    ({
      password: t('no password was found, or it was refused. Put it in ~/.pgpass (mode 0600) or the file PGPASSFILE names, or set PGPASSWORD before starting the editor.'),
      login: t('the server refuses this user from this machine. Check the user name in the URI and the server’s pg_hba.conf.'),
      refused: t('the connection was refused. Is the PostgreSQL server running, and are the host and port in the URI right?'),
      host: t('the host name is not known. Check the host in the URI and the network.'),
      timeout: t('the server did not answer in time. Check the host, the port and the network (firewall, VPN).'),
      database: t('that database does not exist. Check its name in the URI.'),
      tls: t('the secure connection failed. Check sslmode (and sslrootcert) in the URI and the server’s ssl setting.'),
      other: t('the connection failed (the output log says why).'),
    })[fault],
  /** The database answers but holds no Grounded corpus. */
  noCorpus: (database: string): string => t('Grounded has no corpus to check against: {0} holds none. Load one with grounded index --corpus DIR --database URI.', database),
  /** The database's corpus has no document. */
  noDocument: (database: string): string => t('Grounded has no corpus to check against: the corpus in {0} has no document. Load one with grounded index --corpus DIR --database URI.', database),
  /** The database holds a corpus of a newer Grounded (`found`) than this one reads (`known`). */
  newerSchema: (database: string, found: number, known: number): string =>
    t('{0} holds a corpus of a newer Grounded (schema {1}; this one reads {2}): update Grounded.', database, found, known),
  /** A password file was ignored because others may read it (as libpq ignores it). */
  passwordFileIgnored: (file: string): string => t('The password file {0} was ignored because others may read it: make it private (chmod 600 {0}).', file),
  /** The status bar's short word for it. */
  get unreachableStatus(): string {
    return t('database unreachable');
  },
};
