"""Query depth and alias limits as one validation rule. The rule class is made once per schema,
so Strawberry's validation cache answers repeated documents without walking them again."""

from __future__ import annotations

from typing import Any

from graphql import (
    ASTValidationRule,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)


def _depth(
    selection_set: SelectionSetNode | None,
    fragments: dict[str, FragmentDefinitionNode],
    seen: frozenset[str],
) -> int:
    if selection_set is None:
        return 0
    deepest = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            if selection.name.value.startswith("__"):
                continue  # introspection does not count, as in Strawberry's limiter
            deepest = max(deepest, 1 + _depth(selection.selection_set, fragments, seen))
        elif isinstance(selection, InlineFragmentNode):
            deepest = max(deepest, _depth(selection.selection_set, fragments, seen))
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = fragments.get(name)
            if fragment is not None and name not in seen:
                deepest = max(deepest, _depth(fragment.selection_set, fragments, seen | {name}))
    return deepest


def _aliases(selection_set: SelectionSetNode | None) -> int:
    if selection_set is None:
        return 0
    count = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode) and selection.alias is not None:
            count += 1
        count += _aliases(getattr(selection, "selection_set", None))
    return count


def measure(document: DocumentNode) -> tuple[int, int]:
    """(deepest operation, aliases in the whole document)."""
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    depth = max(
        (
            _depth(d.selection_set, fragments, frozenset())
            for d in document.definitions
            if isinstance(d, OperationDefinitionNode)
        ),
        default=0,
    )
    aliases = sum(
        _aliases(d.selection_set)
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode | FragmentDefinitionNode)
    )
    return depth, aliases


def limits_rule(max_depth: int, max_aliases: int) -> type[ASTValidationRule]:
    class LimitsRule(ASTValidationRule):
        def enter_document(self, node: DocumentNode, *_: Any) -> None:
            depth, aliases = measure(node)
            if depth > max_depth:
                self.report_error(
                    GraphQLError(f"The query is {depth} levels deep; the limit is {max_depth}.")
                )
            if aliases > max_aliases:
                self.report_error(
                    GraphQLError(f"The query uses {aliases} aliases; the limit is {max_aliases}.")
                )

    return LimitsRule
