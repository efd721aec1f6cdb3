import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef } from 'react';

export type { Diagnostic };

/** Line numbers and the like in a grey that keeps its contrast on the gutter's background. */
const theme = EditorView.theme({
  '&': { fontSize: '13px', border: '1px solid var(--mantine-color-gray-4)', borderRadius: '4px' },
  '.cm-scroller': { fontFamily: 'var(--mantine-font-family-monospace)' },
  '.cm-gutters': { color: '#4d4d4d', backgroundColor: '#f3f3f3' },
  '&.cm-focused': { outline: '2px solid var(--mantine-color-blue-6)' },
});

/**
 * A thin React wrapper around CodeMirror 6 for YAML: the text is the editor's own while one
 * types (`onChange` hears every change); a `value` from outside that differs replaces it. The
 * checker's problems come in as `diagnostics` (marked in the text and the gutter, with their
 * fixes), computed by the caller for the text it last checked.
 */
export function YamlEditor({
  value,
  onChange,
  diagnostics,
  label,
  readOnly = false,
  height = '60vh',
}: {
  value: string;
  onChange?: (value: string) => void;
  diagnostics?: Diagnostic[];
  label: string;
  readOnly?: boolean;
  height?: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  const editable = useRef(new Compartment());
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          basicSetup,
          yaml(),
          lintGutter(),
          theme,
          EditorView.theme({ '&': { height }, '.cm-scroller': { overflow: 'auto' } }),
          // The text is the scroller's focusable content (axe looks for a tabindex).
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          editable.current.of([
            EditorState.readOnly.of(readOnly),
            EditorView.editable.of(!readOnly),
          ]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current?.(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is made once; value, label and height changes are applied below or not at all.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== value) {
      editor.dispatch({ changes: { from: 0, to: current.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: editable.current.reconfigure([
        EditorState.readOnly.of(readOnly),
        EditorView.editable.of(!readOnly),
      ]),
    });
  }, [readOnly]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || !diagnostics) return;
    const length = editor.state.doc.length;
    const inside = diagnostics.filter((d) => d.from <= length && d.to <= length);
    editor.dispatch(setDiagnostics(editor.state, inside));
  }, [diagnostics]);

  return <div ref={host} data-testid="yaml-editor" />;
}
