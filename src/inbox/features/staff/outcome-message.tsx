import type { Outcome } from './staff-api';

/**
 * Both live regions are always in the page, so screen readers announce a message as soon as it
 * appears: success politely, a refusal at once.
 */
export function OutcomeMessage({ outcome }: { outcome: Outcome | undefined }) {
  return (
    <div className="staff-outcome">
      <p role="status">{outcome && !outcome.error ? outcome.text : ''}</p>
      <p role="alert" className="staff-error">
        {outcome?.error ? outcome.text : ''}
      </p>
    </div>
  );
}
