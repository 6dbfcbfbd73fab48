import { useTranslation } from 'react-i18next';
import type { RatingRow } from '../../../shared/inbox/ratings-wire';
import { formatWhen } from '../../format';
import { ScrollTable } from './scroll-table';

/** The newest individual ratings that match the filters (each view is audited by the server). */
export function RecentRatingsTable({ ratings }: { ratings: readonly RatingRow[] }) {
  const { t } = useTranslation('inbox-ratings');
  if (ratings.length === 0) return <p>{t('recent.none')}</p>;
  return (
    <ScrollTable caption={t('recent.caption', { count: ratings.length })}>
      <thead>
        <tr>
          <th scope="col">{t('recent.received')}</th>
          <th scope="col">{t('recent.statement')}</th>
          <th scope="col">{t('recent.answer')}</th>
          <th scope="col">{t('recent.comment')}</th>
          <th scope="col">{t('recent.careStatus')}</th>
          <th scope="col">{t('recent.ageBand')}</th>
        </tr>
      </thead>
      <tbody>
        {ratings.map((rating) => (
          <tr key={rating.id}>
            <th scope="row">
              <time dateTime={rating.receivedAt}>{formatWhen(rating.receivedAt)}</time>
            </th>
            <td>{t(`statements:${rating.statementId}`, { defaultValue: rating.statementId })}</td>
            <td>{t(`answers.${rating.answer}`, { defaultValue: rating.answer })}</td>
            <td className="free-text">{rating.comment ?? ''}</td>
            <td>{t(`careStatus.${rating.careStatus ?? 'not-given'}`, { defaultValue: rating.careStatus ?? '' })}</td>
            <td>{t(`ageBand.${rating.ageBand ?? 'not-given'}`, { defaultValue: rating.ageBand ?? '' })}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
