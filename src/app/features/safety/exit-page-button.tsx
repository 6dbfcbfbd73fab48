import { useTranslation } from 'react-i18next';
import { exitPage } from './exit-page';

export function ExitPageButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="exit-button" onClick={exitPage} aria-describedby="exit-hint">
      {t('safety.exit')}
      <span id="exit-hint" className="visually-hidden">
        {t('safety.exitHint')}
      </span>
    </button>
  );
}
