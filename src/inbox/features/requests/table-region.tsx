import { type ReactNode, useId } from 'react';

/**
 * A wide table that may scroll sideways on a tablet: the scrolling box can take keyboard focus
 * and is named by the table's caption.
 */
export function TableRegion({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function When({ iso, text }: { iso: string; text: string }) {
  return <time dateTime={iso}>{text}</time>;
}
