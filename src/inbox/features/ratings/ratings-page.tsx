import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useLoad } from '../../use-load';
import { CountsTable } from './counts-table';

export function RatingsPage() {
  const { t } = useTranslation();
  const { data, error } = useLoad(api.ratings);

  return (
    <>
      <h1 tabIndex={-1}>{t('ratings.title')}</h1>
      {error ? <p role="alert">{error}</p> : null}
      {data ? (
        <>
          <CountsTable counts={data.counts} />
          <h2 id="recent-ratings-title">{t('ratings.recentTitle')}</h2>
          {data.ratings.length === 0 ? (
            <p>{t('ratings.none')}</p>
          ) : (
            <table aria-labelledby="recent-ratings-title">
              <thead>
                <tr>
                  <th scope="col">{t('ratings.statement')}</th>
                  <th scope="col">{t('ratings.answer')}</th>
                  <th scope="col">{t('ratings.comment')}</th>
                  <th scope="col">{t('ratings.received')}</th>
                </tr>
              </thead>
              <tbody>
                {data.ratings.map((rating) => (
                  <tr key={rating.id}>
                    <td>{t(`statements:${rating.statementId}`, { defaultValue: rating.statementId })}</td>
                    <td>{t(`answers.${rating.answer}`)}</td>
                    <td>{rating.comment ?? ''}</td>
                    <td>{new Date(rating.receivedAt).toLocaleString('en-GB')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </>
  );
}
