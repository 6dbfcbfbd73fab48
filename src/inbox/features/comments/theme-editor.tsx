import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_THEMES_PER_COMMENT } from '../../../shared/inbox/comments-wire';
import { OTHER_THEME, PRIORITY_THEMES, STATEMENT_THEMES, THEME_IDS, type ThemeId } from '../../../shared/themes/codebook';
import { saveThemes } from './comments-api';
import { useThemeName } from '../../theme-names';

interface ThemeEditorProps {
  commentId: string;
  themes: readonly ThemeId[];
  /** The id of what describes the comment (its text), so each "Change themes" button says which. */
  describedBy: string;
  /** Called after the server stored the new themes, to load the list again. */
  onSaved: () => void;
}

const GROUPS = [
  { group: 'priority', themes: PRIORITY_THEMES },
  { group: 'statement', themes: STATEMENT_THEMES },
  { group: 'other', themes: [OTHER_THEME] },
] as const;

/** "Change themes": checkboxes of the codebook, grouped, saved together. A person's choice replaces the suggestion. */
export function ThemeEditor({ commentId, themes, describedBy, onSaved }: ThemeEditorProps) {
  const { t } = useTranslation('inbox-comments');
  const themeName = useThemeName();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();
  const toggle = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (open) form.current?.querySelector('input')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const openOrClose = () => {
    if (open) return close();
    setMessage(undefined);
    setOpen(true);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).getAll('themes').map(String);
    const picked = THEME_IDS.filter((id) => chosen.includes(id));
    if (picked.length === 0) return setMessage({ text: t('editor.noneChosen'), error: true });
    if (picked.length > MAX_THEMES_PER_COMMENT) return setMessage({ text: t('editor.tooMany', { max: MAX_THEMES_PER_COMMENT }), error: true });
    setBusy(true);
    setMessage(undefined);
    try {
      await saveThemes(commentId, picked);
      setMessage({ text: t('editor.saved'), error: false });
      close();
      onSaved();
    } catch (caught) {
      setMessage({ text: t('editor.failed', { reason: caught instanceof Error ? caught.message : '' }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="theme-editor">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${ids}-form` : undefined}
        aria-describedby={describedBy}
        onClick={openOrClose}
      >
        {t('editor.open')}
      </button>
      {open ? (
        <form id={`${ids}-form`} ref={form} onSubmit={(event) => void submit(event)} noValidate>
          <fieldset aria-describedby={`${ids}-hint`}>
            <legend>{t('editor.legend')}</legend>
            <p id={`${ids}-hint`} className="hint">
              {t('editor.hint', { max: MAX_THEMES_PER_COMMENT })}
            </p>
            {GROUPS.map(({ group, themes: options }) => (
              <fieldset key={group} className="theme-group">
                <legend>{t(`groups.${group}`)}</legend>
                {options.map((theme) => (
                  <div key={theme} className="theme-choice">
                    <input id={`${ids}-${theme}`} type="checkbox" name="themes" value={theme} defaultChecked={themes.includes(theme)} />
                    <label htmlFor={`${ids}-${theme}`}>{themeName(theme)}</label>
                  </div>
                ))}
              </fieldset>
            ))}
            <div className="theme-editor-actions">
              <button type="submit" disabled={busy}>
                {t('editor.save')}
              </button>
              <button type="button" onClick={close}>
                {t('editor.cancel')}
              </button>
            </div>
          </fieldset>
        </form>
      ) : null}
      <p role={message?.error ? 'alert' : 'status'}>{message?.text ?? ''}</p>
    </div>
  );
}
