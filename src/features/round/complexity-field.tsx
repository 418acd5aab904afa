import { useId, useState } from 'react';
import { COMPLEXITY_CLASSES, COMPLEXITY_LABELS } from '../../domain/problem/complexity';

/** The eight classes as people write them: O(1) … O(n!). */
const CLASS_LABELS: readonly string[] = COMPLEXITY_CLASSES.map((c) => COMPLEXITY_LABELS[c]);
const OTHER = 'other';

interface ComplexityFieldProps {
  /** "Time complexity" or "Space complexity": the select's accessible name. */
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** One estimate: a select of the eight classes, or "Other…" to type any form (e.g. O(n·m)). */
export function ComplexityField({ label, value, onChange }: ComplexityFieldProps) {
  const id = useId();
  // A restored value that is not one of the eight classes was typed under "Other…".
  const [other, setOther] = useState(value !== '' && !CLASS_LABELS.includes(value));
  const selected = other ? OTHER : CLASS_LABELS.includes(value) ? value : '';

  return (
    <div className="complexity-field">
      <label className="field" htmlFor={`${id}-class`}>
        {label}
        <select
          id={`${id}-class`}
          value={selected}
          onChange={(e) => {
            const next = e.target.value;
            setOther(next === OTHER);
            onChange(next === OTHER ? '' : next);
          }}
        >
          <option value="">Choose…</option>
          {CLASS_LABELS.map((text) => (
            <option key={text} value={text}>
              {text}
            </option>
          ))}
          <option value={OTHER}>Other…</option>
        </select>
      </label>
      {other && (
        <label className="field" htmlFor={`${id}-other`}>
          {label}, written out
          <input
            id={`${id}-other`}
            type="text"
            value={value}
            placeholder="e.g. O(n·m)"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onChange(e.target.value)}
          />
        </label>
      )}
    </div>
  );
}
