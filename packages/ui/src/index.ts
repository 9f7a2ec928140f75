export { Markdown, renderMarkdown, renderInlineMarkdown } from './Markdown.tsx';
