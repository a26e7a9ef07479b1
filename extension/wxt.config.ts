import { defineConfig } from 'wxt';

/**
 * WXT configuration. Least privilege: `storage` for settings and `sidePanel`
 * for the report; no host permissions (the content script's matches are all
 * it needs), no remote code, no network.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // A fixed extension id for tests and for users loading it unpacked.
  manifest: ({ browser }) => ({
    name: 'Redline 党建文稿审校助手',
    description: '在网页编辑器中即时审校党建品牌文稿：空话套话、措施缺失、考核维度、品牌问题；文字不离开本机。',
    default_locale: undefined,
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    action: { default_title: 'Redline 审校' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'redline@redline.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
  zip: {
    artifactTemplate: 'redline-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'redline-{{version}}-sources.zip',
    // Firefox reviewers rebuild from sources: the workspace root, with the core the extension bundles.
    sourcesRoot: '..',
    excludeSources: ['cli/**', 'vscode/**', 'test/**', 'examples/**', 'docs/**', 'artifacts/**', '**/.e2e-build/**', '**/.output/**', '**/.wxt/**'],
  },
});
