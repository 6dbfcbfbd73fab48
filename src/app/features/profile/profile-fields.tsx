import { useTranslation } from 'react-i18next';
import { AGE_BANDS, CARE_STATUSES } from '../../../shared/kinds/profile-values';
import { saveProfile } from './profile';
import { useProfile } from './use-profile';

/** "Are you in care, or have you left care?" and an age band, saved as soon as they are chosen. */
export function ProfileFields() {
  const { t } = useTranslation('first-use');
  const profile = useProfile();
  return (
    <>
      <fieldset>
        <legend>{t('careStatus.question')}</legend>
        {CARE_STATUSES.map((status) => (
          <label key={status} className="choice-row">
            <input
              type="radio"
              name="care-status"
              value={status}
              checked={profile.careStatus === status}
              onChange={() => saveProfile({ careStatus: status })}
            />
            {t(`careStatus.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('ageBand.question')}</legend>
        {AGE_BANDS.map((band) => (
          <label key={band} className="choice-row">
            <input
              type="radio"
              name="age-band"
              value={band}
              checked={profile.ageBand === band}
              onChange={() => saveProfile({ ageBand: band })}
            />
            {t(`ageBand.${band}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
