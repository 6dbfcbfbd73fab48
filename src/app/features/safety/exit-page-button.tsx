import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exitPage } from './exit-page';
import { createShiftCounter } from './shift-exit';

export function ExitPageButton() {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const counter = useRef(createShiftCounter());

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat) return;
      const left = counter.current.press(event.key, Date.now());
      if (left === 0) exitPage();
      else setAnnouncement(left === undefined ? '' : t('safety.shiftLeft', { count: left }));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [t]);

  return (
    <>
      <button type="button" className="exit-button" onClick={exitPage} aria-describedby="exit-hint">
        {t('safety.exit')}
        <span id="exit-hint" className="visually-hidden">
          {t('safety.exitHint')}
        </span>
      </button>
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
    </>
  );
}
