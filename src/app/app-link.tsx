import type { AnchorHTMLAttributes } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/**
 * A link to another screen of the app. React Router's <AppLink> carries its route-prefetching code
 * (for framework mode, which this app does not use) onto the first screen, about 2 kB gzipped;
 * this keeps what we use of it: a real href, and a click that changes screen without a reload
 * while modified clicks (new tab, new window) are left to the browser.
 */
export function AppLink({ to, target, onClick, ...rest }: AppLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    />
  );
}
