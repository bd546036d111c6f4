#ifndef RELGRAPH_GRAPHVIZ_SUPPORT_H
#define RELGRAPH_GRAPHVIZ_SUPPORT_H

/* Makes Graphviz 2.42's layouts a pure function of their input.
 *
 * cgraph's default ID discipline uses the address of each interned name string
 * as the object's ID, and orders edge sets by those IDs; dot's layout depends on
 * that order where parallel edges run both ways between two nodes (class2's
 * agfindedge), so a picture changed with what the process had allocated before.
 * This replaces the discipline with one that numbers objects per graph in
 * creation order (named: 2, 4, 6 ...; anonymous: 1, 3, 5 ..., the parity
 * cgraph expects). Call once, before any graph exists, under the Graphviz lock.
 */
void relgraph_install_deterministic_ids(void);

/* sfdp draws from libc's rand(), which nothing reseeds between layouts. Resets
 * it to glibc's start state so every layout starts from the same sequence. */
void relgraph_reset_random_state(void);

#endif
