import { ItemStatusText } from '../outbox/item-status-text';
import type { ItemGroup } from './group-items';
import { ItemSummary } from './item-summary';

export function ItemGroups({ groups }: { groups: ItemGroup[] }) {
  return (
    <ul className="item-list">
      {groups.map((group) => (
        <li key={group.key}>
          <p>
            <ItemSummary label={group.label} count={group.count} />
          </p>
          <p className="item-status">
            <ItemStatusText status={group.status} />
          </p>
        </li>
      ))}
    </ul>
  );
}
