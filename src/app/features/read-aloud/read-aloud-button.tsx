import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasVoice, readAloud } from './read-aloud';

/** A visible "Read aloud" button; says so plainly when the phone has no voice to read with. */
export function ReadAloudButton({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const [noVoice, setNoVoice] = useState(false);
  const read = () => {
    if (!hasVoice() || !readAloud(text, i18n.language)) setNoVoice(true);
  };
  return (
    <p className="read-aloud">
      <button type="button" onClick={read}>
        {t('readAloud.button')}
      </button>
      {noVoice ? <span role="status"> {t('readAloud.noVoice')}</span> : null}
    </p>
  );
}
