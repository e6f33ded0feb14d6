import { useI18n, type MessageKey } from '../../i18n';

/** A datalist of usual values (stored as given); in English each shows its translation too. */
export function Suggestions({ id, values }: { id: string; values: readonly (readonly [string, MessageKey])[] }) {
  const { t } = useI18n();
  return (
    <datalist id={id}>
      {values.map(([value, key]) => {
        const label = t(key);
        return <option key={value} value={value} label={label !== value ? label : undefined} />;
      })}
    </datalist>
  );
}
