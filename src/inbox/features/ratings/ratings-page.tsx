import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type RatingRow, type StatementCounts, api } from '../../api';
import { CountsTable } from './counts-table';

export function RatingsPage() {
  const { t } = useTranslation();
  const [data, setData] = useState<{ ratings: RatingRow[]; counts: StatementCounts[] } | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    api.ratings().then(setData, (caught: unknown) =>
      setError(caught instanceof ApiError && caught.status === 403 ? t('forbidden') : t('error', { message: String(caught) })),
    );
  }, [t]);

  return (
    <>
      <h1>{t('ratings.title')}</h1>
      {error ? <p role="alert">{error}</p> : null}
      {data ? (
        <>
          <CountsTable counts={data.counts} />
          <h2>{t('ratings.recentTitle')}</h2>
          {data.ratings.length === 0 ? (
            <p>{t('ratings.none')}</p>
          ) : (
            <table>
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
                    <td>{t(`statements:${rating.statementId}`)}</td>
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
