import { Trans } from 'react-i18next';
import type { PhoneNumber } from './helplines';

interface Props {
  number: PhoneNumber;
  /** A key whose text holds `<num>{{number}}</num>`, for example "Call Childline: <num>{{number}}</num>". */
  i18nKey: string;
  ns?: string;
}

/**
 * One tap to call. The number sits in <bdi dir="ltr"> so that in a right-to-left language its digits
 * keep their order and do not mix with the words around them.
 */
export function PhoneLink({ number, i18nKey, ns = 'common' }: Props) {
  return (
    <a className="big-link" href={`tel:${number.dial}`}>
      <Trans i18nKey={i18nKey} ns={ns} values={{ number: number.shown }} components={{ num: <bdi dir="ltr" /> }} />
    </a>
  );
}
