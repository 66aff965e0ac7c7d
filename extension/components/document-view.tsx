import type { Block } from '../../shared/export/document';

/**
 * A summary shown formatted, as it will look in the minutes: headings, lists with check boxes,
 * paragraphs. Headings start at `baseLevel` so that they fit the page's outline.
 */
export function DocumentView({
  blocks,
  baseLevel,
  testId,
}: {
  blocks: readonly Block[];
  baseLevel: 2 | 3;
  testId?: string;
}) {
  return (
    <div class="document" data-testid={testId}>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading': {
            const Heading = `h${Math.min(6, block.level + baseLevel - 1)}` as 'h2';
            return <Heading key={index}>{block.text}</Heading>;
          }
          case 'list':
            return (
              <ul key={index}>
                {block.items.map((item, position) => (
                  <li key={position} class={item.done === undefined ? undefined : 'document__task'}>
                    {item.done !== undefined && (
                      <span class="document__box" role="img" aria-label={item.done ? '✓' : '○'}>
                        {item.done ? '☑' : '☐'}
                      </span>
                    )}
                    {item.text}
                  </li>
                ))}
              </ul>
            );
          case 'paragraph':
            return (
              <p key={index} class="document__paragraph">
                {block.text}
              </p>
            );
        }
      })}
    </div>
  );
}
