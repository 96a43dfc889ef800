import type { Article } from "./core/article.js";
import { ArticleDoc, type Stage } from "./core/stage.js";
import { EntityTagger } from "./entities/entity-tagger.js";
import { FramingMarker } from "./framing/framing-marker.js";
import { OriginTracer } from "./origins/origin-tracer.js";
import { QuoteExtractor } from "./quotes/quote-extractor.js";
import { SentenceSplitter } from "./sentences/sentence-splitter.js";
import { TimexTagger } from "./timex/timex-tagger.js";

/**
 * The per-article analysis stages, in the order they run. Each stage may read
 * what the stages before it wrote. Add a stage by adding one line here.
 */
export const STAGES: readonly Stage[] = [
  new SentenceSplitter(),
  new EntityTagger(),
  new TimexTagger(),
  new QuoteExtractor(),
  new OriginTracer(),
  new FramingMarker(),
];

/** Runs every stage over one article, in place, and returns it. A stage that throws becomes an error diagnostic; the others still run. */
export function analyzeArticle(article: Article, stages: readonly Stage[] = STAGES): Article {
  const doc = new ArticleDoc(article);
  for (const stage of stages) {
    try {
      stage.run(doc);
    } catch (err) {
      doc.diagnose(stage.name, `stage ${stage.name} failed: ${(err as Error).message}`, "error");
    }
  }
  return article;
}
