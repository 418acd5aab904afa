/** Pattern tags as a compact list of chips. */
export function TagList({ tags, label = 'Tags' }: { tags: readonly string[]; label?: string }) {
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
