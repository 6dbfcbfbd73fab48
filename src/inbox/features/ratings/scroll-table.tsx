import { type ReactNode, useId } from 'react';

/**
 * A table that may scroll sideways on a tablet: the scrolling box can take keyboard focus and is
 * named by the table's caption.
 */
export function ScrollTable({ caption, className, children }: { caption: ReactNode; className?: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
