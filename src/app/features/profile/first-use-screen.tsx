import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearAboutYou, saveProfile } from './profile';
import { ProfileFields } from './profile-fields';

/** One plain screen about privacy, then two optional questions. Shown once, on the home screen. */
export default function FirstUseScreen() {
  const { t } = useTranslation('first-use');
  const [step, setStep] = useState<'privacy' | 'about-you'>('privacy');
  const finish = () => saveProfile({ welcomed: true });
  // "Skip this" means nothing about you is kept or sent, even if something was tapped first.
  const skip = () => {
    clearAboutYou();
    finish();
  };

  if (step === 'privacy') {
    return (
      <>
        <h1>{t('privacy.title')}</h1>
        <h2>{t('privacy.keepTitle')}</h2>
        <p>{t('privacy.keep')}</p>
        <p>{t('privacy.keepAfter')}</p>
        <h2>{t('privacy.whoTitle')}</h2>
        <p>{t('privacy.who')}</p>
        <p>{t('privacy.whoAdvocate')}</p>
        <p>{t('privacy.whoNot')}</p>
        <h2>{t('privacy.whyTitle')}</h2>
        <p>{t('privacy.why')}</p>
        <p>{t('privacy.quotes')}</p>
        {/* Seed 002, Priority 1: "be honest about the secrets you can't keep". */}
        <h2>{t('privacy.safeTitle')}</h2>
        <p>{t('privacy.secrets')}</p>
        <p>{t('privacy.secretsHarm')}</p>
        <p>{t('privacy.secretsTell')}</p>
        <p>{t('privacy.anonymous')}</p>
        <p>{t('privacy.helpNow')}</p>
        <p>{t('privacy.skip')}</p>
        <button type="button" className="primary" onClick={() => setStep('about-you')}>
          {t('privacy.next')}
        </button>
      </>
    );
  }
  return (
    <>
      <h1>{t('aboutYou.title')}</h1>
      <p>{t('aboutYou.intro')}</p>
      <p>{t('aboutYou.sent')}</p>
      <ProfileFields />
      <button type="button" className="primary" onClick={finish}>
        {t('aboutYou.done')}
      </button>
      <button type="button" onClick={skip}>
        {t('aboutYou.skip')}
      </button>
    </>
  );
}
