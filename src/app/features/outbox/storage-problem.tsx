import { useTranslation } from 'react-i18next';
import { type StorageProblemKind, classifyStorageError, isNewerVersionError } from './storage-errors';

const MESSAGE_KEY: Record<StorageProblemKind, string> = {
  'open-failed': 'outbox.storageOpenFailed',
  quota: 'outbox.storageFull',
  'connection-lost': 'outbox.storageLost',
  other: 'outbox.storageProblem',
};

export interface StorageProblemProps {
  /** What went wrong: an error from saving or reading the outbox. */
  error: unknown;
  /** "Try again". Left out when the newer version must be loaded instead (the update banner says how). */
  onRetry?: () => void;
  /** True while trying again: the button stays, so focus is not lost, but cannot be pressed twice. */
  busy?: boolean;
  /** In a form: say that what the child wrote is still on the screen. */
  kept?: boolean;
}

/** A storage problem in plain words, announced at once, with a way to try again. */
export function StorageProblem({ error, onRetry, busy = false, kept = false }: StorageProblemProps) {
  const { t } = useTranslation('common');
  const newerVersion = isNewerVersionError(error);
  return (
    <div className="storage-problem" role="alert">
      <p>{newerVersion ? t('update.newVersionOpen') : t(MESSAGE_KEY[classifyStorageError(error)])}</p>
      {kept ? <p>{t('outbox.stillHere')}</p> : null}
      {onRetry && !newerVersion ? (
        <button type="button" onClick={onRetry} disabled={busy}>
          {busy ? t('outbox.tryingAgain') : t('outbox.tryAgain')}
        </button>
      ) : null}
    </div>
  );
}
