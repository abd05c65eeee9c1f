import type { App } from '../../app';
import type { CommandHandler } from '../commandTable';
import type { SavedSearchTree, SearchTreeNode } from './savedSearchTree';

/**
 * The one "Load more" / "Retry loading more" command. Each view keeps its own contributed id
 * (`synapseLens.loadMore` for Drugs, `loadMorePapers`, `loadMoreSequencePatents`), so keybindings
 * people made keep working; all run this against their tree. The argument is the row clicked (or
 * any node under the paged node, or a saved key from a programmatic caller).
 */
export function loadMoreCommand<Q, T, C>(treeOf: (app: App) => SavedSearchTree<Q, T, C>): (app: App) => CommandHandler {
  return (app) => (node?: unknown) => treeOf(app).loadMore(node as SearchTreeNode<Q, T, C> | string | undefined);
}
