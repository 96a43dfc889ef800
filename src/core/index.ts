export * from "./span.js";
export * from "./diagnostic.js";
export * from "./errors.js";
export * from "./article.js";
export * from "./offset-map.js";
export * from "./stage.js";
export * from "./create-article.js";
