import { Excalidraw } from '@excalidraw/excalidraw';
import '@excalidraw/excalidraw/index.css';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExcalidrawBinding, yjsToExcalidraw } from 'y-excalidraw';
import * as Y from 'yjs';
import { boardAssetsField, boardElementsField } from './workspace-documents';
import classes from './workspace.module.css';

interface BoardEditorProps {
  provider: HocuspocusProvider;
  readOnly: boolean;
}

/**
 * The shared whiteboard: Excalidraw (drawing, shapes, text, arrows, eraser) bound to the board document by
 * y-excalidraw, the other person's pointer and selection shown with their name. Its undo is a Y.UndoManager that
 * tracks only the binding's own transactions, so it undoes this person's strokes, never the other's. This file and
 * Excalidraw load only when the board tab opens.
 */
export default function BoardEditor({ provider, readOnly }: BoardEditorProps) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  const [binding, setBinding] = useState<ExcalidrawBinding | null>(null);
  const doc = provider.document;

  useEffect(() => {
    if (!api || !host.current) return;
    const elements = doc.getArray<Y.Map<unknown>>(boardElementsField);
    const created = new ExcalidrawBinding(elements, doc.getMap(boardAssetsField), api as never, provider.awareness ?? undefined, {
      excalidrawDom: host.current,
      undoManager: new Y.UndoManager(elements, { trackedOrigins: new Set() }),
    });
    setBinding(created);
    return () => {
      setBinding(null);
      created.undoManager?.destroy();
      created.destroy();
    };
  }, [api, doc, provider]);

  // Excalidraw's menu button has an icon and no name: give it one (axe, screen readers), again if it is redrawn.
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const name = () => {
      for (const button of element.querySelectorAll('.main-menu-trigger:not([aria-label])'))
        button.setAttribute('aria-label', t('workspace.board.menu'));
    };
    name();
    const observer = new MutationObserver(name);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [t]);

  return (
    <div ref={host} className={classes.board} data-testid="workspace-board">
      <Excalidraw
        excalidrawAPI={setApi}
        initialData={{ elements: yjsToExcalidraw(doc.getArray<Y.Map<unknown>>(boardElementsField)) as never }}
        onPointerUpdate={binding?.onPointerUpdate}
        viewModeEnabled={readOnly}
        isCollaborating
        langCode={i18n.language.startsWith('fr') ? 'fr-FR' : 'en'}
        UIOptions={{ canvasActions: { loadScene: false, saveToActiveFile: false, export: false, saveAsImage: false } }}
      />
    </div>
  );
}
