import { useEffect, useState } from 'react';

type Renderer = typeof import('./render-markdown.ts');

/*
 * The renderer (marked + DOMPurify, about a fifth of the patient app's script, and slow to start
 * because marked compiles its patterns) is its own chunk, fetched when the first Markdown mounts,
 * so screens without catalog text (the first question) never wait for it. Until it arrives a
 * text shows as plain words (React escapes them), then as formatted markdown.
 */
let renderer: Renderer | null = null;
let loading: Promise<Renderer> | null = null;

/** Loads the renderer once; resolves when it is ready. */
export function markdownReady(): Promise<Renderer> {
  loading ??= import('./render-markdown.ts').then((module) => (renderer = module));
  return loading;
}

function useRenderer(): Renderer | null {
  const [loaded, setLoaded] = useState(renderer);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void markdownReady().then((module) => live && setLoaded(module));
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}

/** Catalog text as sanitised markdown; see render-markdown.ts for what is allowed. */
export function Markdown({
  source,
  inline = false,
  className,
}: {
  source: string;
  inline?: boolean;
  className?: string;
}) {
  const render = useRenderer();
  const Tag = inline ? 'span' : 'div';
  const classes = className ? `markdown ${className}` : 'markdown';
  if (!render) return <Tag className={classes}>{source}</Tag>;
  const html = inline ? render.renderInlineMarkdown(source) : render.renderMarkdown(source);
  return <Tag className={classes} dangerouslySetInnerHTML={{ __html: html }} />;
}
