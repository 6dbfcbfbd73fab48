import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BODY_MAX_LENGTH,
  THEMES_MAX,
  TITLE_MAX_LENGTH,
  type YouSaidWeDidAdminRow,
  isPublishableMonth,
  monthOf,
} from '../../../shared/inbox/you-said-we-did-wire';
import { OTHER_THEME, THEME_IDS, type ThemeId } from '../../../shared/themes/codebook';
import { ReadingGrade } from './reading-grade';
import { PRIORITY_THEMES, STATEMENT_THEMES } from '../../../shared/themes/codebook';
import { useThemeName } from '../../theme-names';
import { youSaidWeDidApi } from './you-said-we-did-api';

interface ResponseFormProps {
  /** The response being edited; none for a new draft. */
  editing?: YouSaidWeDidAdminRow | undefined;
  /** Put focus on the form's heading when it appears (after Edit, Save or Stop editing). */
  focusOnMount: boolean;
  onSaved: (response: YouSaidWeDidAdminRow, created: boolean) => void;
  onCancel: () => void;
}

function ThemeGroup(props: { legend: string; ids: readonly ThemeId[]; chosen: readonly ThemeId[]; onToggle: (id: ThemeId, on: boolean) => void }) {
  const name = useThemeName();
  return (
    <fieldset className="theme-group">
      <legend>{props.legend}</legend>
      <ul>
        {props.ids.map((id) => (
          <li key={id}>
            <label>
              <input type="checkbox" name="themes" value={id} checked={props.chosen.includes(id)} onChange={(event) => props.onToggle(id, event.target.checked)} />
              {name(id)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Writes a new draft or edits a response (draft or published), showing its reading grade as it is written. */
export function ResponseForm({ editing, focusOnMount, onSaved, onCancel }: ResponseFormProps) {
  const { t } = useTranslation('inbox-you-said-we-did');
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const thisMonth = monthOf(new Date());
  const [title, setTitle] = useState(editing?.title ?? '');
  const [body, setBody] = useState(editing?.body ?? '');
  const [month, setMonth] = useState(editing?.month ?? thisMonth);
  const [themes, setThemes] = useState<ThemeId[]>(editing?.themes ?? []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  const toggle = (id: ThemeId, on: boolean) => setThemes((current) => (on ? [...current, id] : current.filter((chosen) => chosen !== id)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (themes.length > THEMES_MAX) return setError(t('form.tooManyThemes', { max: THEMES_MAX }));
    if (!isPublishableMonth(month)) return setError(t('form.badMonth'));
    setBusy(true);
    setError(undefined);
    const draft = { title: title.trim(), body: body.trim(), month, themes: THEME_IDS.filter((id) => themes.includes(id)) };
    try {
      const { response } = editing ? await youSaidWeDidApi.update(editing.id, draft) : await youSaidWeDidApi.create(draft);
      onSaved(response, !editing);
    } catch (caught) {
      setError(t('form.failed', { reason: caught instanceof Error ? caught.message : String(caught) }));
      setBusy(false);
    }
  };

  return (
    <section className="response-editor" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} ref={heading} tabIndex={-1}>
        {editing ? t('form.editHeading', { title: editing.title }) : t('form.newHeading')}
      </h2>
      <form className="response-form" onSubmit={(event) => void submit(event)}>
        <div className="response-fields">
          <label htmlFor={`${ids}-title`}>{t('form.title')}</label>
          <input
            id={`${ids}-title`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={TITLE_MAX_LENGTH}
            required
            aria-describedby={`${ids}-title-hint`}
          />
          <p id={`${ids}-title-hint`} className="hint">
            {t('form.titleHint', { max: TITLE_MAX_LENGTH })}
          </p>
          <label htmlFor={`${ids}-body`}>{t('form.body')}</label>
          <textarea
            id={`${ids}-body`}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            maxLength={BODY_MAX_LENGTH}
            rows={7}
            required
            aria-describedby={`${ids}-body-hint`}
          />
          <p id={`${ids}-body-hint`} className="hint">
            {t('form.bodyHint', { max: BODY_MAX_LENGTH })}
          </p>
          <label htmlFor={`${ids}-month`}>{t('form.month')}</label>
          <input
            id={`${ids}-month`}
            type="month"
            className="month-input"
            value={month}
            onChange={(event) => setMonth(event.target.value)}
            min="2000-01"
            max={thisMonth}
            required
            aria-describedby={`${ids}-month-hint`}
          />
          <p id={`${ids}-month-hint`} className="hint">
            {t('form.monthHint', { example: thisMonth })}
          </p>
        </div>
        <ReadingGrade title={title} body={body} />
        <fieldset className="response-themes" aria-describedby={`${ids}-themes-hint`}>
          <legend>{t('form.themes')}</legend>
          <p id={`${ids}-themes-hint`} className="hint">
            {t('form.themesHint', { max: THEMES_MAX, count: themes.length })}
          </p>
          <ThemeGroup legend={t('form.priorities')} ids={PRIORITY_THEMES} chosen={themes} onToggle={toggle} />
          <ThemeGroup legend={t('form.statements')} ids={STATEMENT_THEMES} chosen={themes} onToggle={toggle} />
          <ThemeGroup legend={t('form.otherGroup')} ids={[OTHER_THEME]} chosen={themes} onToggle={toggle} />
        </fieldset>
        <p role="alert">{error ?? ''}</p>
        <div className="response-actions">
          <button type="submit" disabled={busy}>
            {busy ? t('form.saving') : editing ? t('form.saveEdit') : t('form.saveNew')}
          </button>
          {editing ? (
            <button type="button" onClick={onCancel}>
              {t('form.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
