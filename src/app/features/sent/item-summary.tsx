import { useTranslation } from 'react-i18next';

interface Item {
  kind: string;
  payload: unknown;
}

/** A short, plain line saying what an item was, for the child's own list. */
export function ItemSummary({ item }: { item: Item }) {
  const { t } = useTranslation(['sent', 'statements', 'rate']);
  const payload = (item.payload ?? {}) as Record<string, unknown>;
  if (item.kind === 'rating') {
    return (
      <>
        {t(`statements:${String(payload.statementId)}`)} — {t(`rate:answers.${String(payload.answer)}`)}
      </>
    );
  }
  if (item.kind === 'say-something') {
    const text = String(payload.text ?? '');
    return (
      <>
        {t(`kind.say-something.${String(payload.type)}`)}: {text.length > 80 ? `${text.slice(0, 80)}…` : text}
      </>
    );
  }
  return <>{t(`kind.${item.kind}`, { defaultValue: t('kind.other') })}</>;
}
