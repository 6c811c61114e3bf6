// OneStory in a Vue 3 app. The app uses render functions (`h`) with Vue's runtime-only
// build: in-browser template compilation needs `unsafe-eval`, which a strict CSP forbids.
// (With single-file components, compile templates at build time and tell the compiler
// that `onestory-*` tags are custom elements: `isCustomElement: (tag) => tag.startsWith('onestory-')`.)
import { createApp, defineComponent, h, ref } from 'vue';

const App = defineComponent({
  setup() {
    const reference = ref('');
    return () =>
      h('main', [
        h('h1', 'Get help from local services'),
        h('onestory-intake', {
          definition: '/definitions/walking-skeleton.definition.json',
          endpoint: '/api/submissions',
          'exit-url': 'https://www.bbc.co.uk/weather',
          // Vue listens for `onestory-submitted` (camelCase `on…` props become kebab-case events).
          onOnestorySubmitted: (event) => (reference.value = event.detail.reference),
        }),
        h('p', { class: 'host-status', id: 'host-status', role: 'status' }, reference.value && `Sent. Reference ${reference.value}.`),
      ]);
  },
});

createApp(App).mount('#app');
