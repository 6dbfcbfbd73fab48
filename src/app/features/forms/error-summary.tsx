import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './forms.css';

export interface FieldError {
  /** The id of the field (or of the first choice in a group) the link moves focus to. */
  fieldId: string;
  message: string;
}

/**
 * GOV.UK-style error summary: shown at the top of a form when something is missing, it takes focus
 * (so it is read out at once) and links to each field. Each field shows its own message too.
 */
export function ErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Every press of Send or Next that finds a problem moves focus here again.
    // Its top goes just below the safety bar (scroll-padding): a box taller than the screen would
    // otherwise be scrolled to by focus with its heading under the bar.
    if (errors.length > 0) {
      box.current?.focus({ preventScroll: true });
      box.current?.scrollIntoView({ block: 'start' });
    }
  }, [attempt, errors.length]);
  if (errors.length === 0) return null;
  const jump = (fieldId: string) => {
    const field = document.getElementById(fieldId);
    field?.focus({ preventScroll: true });
    // The field's question and its message go just below the safety bar (scroll-padding), field after them.
    (field?.closest('fieldset, p') ?? field)?.scrollIntoView({ block: 'start' });
  };
  return (
    <div className="error-summary" ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errors.title')}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                jump(error.fieldId);
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message under a field, tied to it by id for screen readers. */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="error field-error">
      {message}
    </span>
  );
}
