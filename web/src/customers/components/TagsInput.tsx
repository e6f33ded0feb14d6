import { useRef } from 'react';
import { useI18n } from '../../i18n';
import { controlProps } from '../../ui/Field';
import { TAG_MAX_LENGTH, addTags, splitTags } from '../profileDraft';

interface Props {
  id: string;
  tags: string[];
  /** What is typed but not yet a chip; the form adds it on save too. */
  text: string;
  error?: string | undefined;
  hintId?: string;
  onChange: (tags: string[], text: string) => void;
}

const SEPARATOR = /[,，、;；\n]/;

/** Chips plus a text box: Enter or a comma makes a chip, Backspace on an empty box takes the last one back. */
export function TagsInput({ id, tags, text, error, hintId, onChange }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={`tags-input${error ? ' has-error' : ''}`} onClick={() => input.current?.focus()}>
      {tags.map((tag) => (
        <span key={tag} className="chip removable" data-testid="edit-tag" data-tag={tag}>
          <span>{tag}</span>
          <button
            type="button"
            className="remove-x"
            aria-label={t('edit.tagRemove', { tag })}
            title={t('edit.tagRemove', { tag })}
            onClick={(e) => {
              e.stopPropagation();
              onChange(
                tags.filter((x) => x !== tag),
                text,
              );
              input.current?.focus();
            }}
          >
            ×
          </button>
        </span>
      ))}
      <input
        {...controlProps(id, error, hintId)}
        ref={input}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          const value = e.target.value;
          if (!SEPARATOR.test(value)) return onChange(tags, value);
          // Everything before the last separator becomes chips; the rest stays typed.
          const parts = value.split(SEPARATOR);
          const rest = parts.pop() ?? '';
          onChange(addTags(tags, parts.join(',')), rest.slice(0, TAG_MAX_LENGTH));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim()) {
            // A typed tag: Enter makes it a chip; with nothing typed, Enter saves the form.
            e.preventDefault();
            onChange(addTags(tags, text), '');
          } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
            e.preventDefault();
            const last = tags[tags.length - 1] ?? '';
            onChange(tags.slice(0, -1), last);
          }
        }}
        onBlur={() => {
          if (splitTags(text).length > 0) onChange(addTags(tags, text), '');
        }}
        maxLength={TAG_MAX_LENGTH}
      />
    </div>
  );
}
