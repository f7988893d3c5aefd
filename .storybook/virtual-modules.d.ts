declare module 'virtual:sel/custom-elements' {
  /** The Custom Elements Manifest of @sel/components (schema version 1), made by the analyzer. */
  const manifest: { readonly schemaVersion: string; readonly modules: readonly unknown[] };
  export default manifest;
}
