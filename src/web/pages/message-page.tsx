import { Layout, type PageContext } from '../layout.tsx';

/** A plain page with a heading and a message: errors, not found, static texts. */
export function MessagePage({ ctx, title, paragraphs }: { ctx: PageContext; title: string; paragraphs: string[] }) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {paragraphs.map((p) => <p>{p}</p>)}
    </Layout>
  );
}
