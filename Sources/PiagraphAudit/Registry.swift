/// Every audit rule, in the order they run and are listed. A rule not listed here does not
/// run; a test checks every file under Rules/ is here and that ids are unique.
public let allRules: [any AuditRule.Type] = [
    UndeclaredLink.self,
    UnreachableFlow.self,
    OneSidedLink.self,
    UnknownSystem.self,
    DirectNetworkLink.self,
    WeakChannel.self,
    SubcontractUnbounded.self,
    CountMismatch.self,
    Contradiction.self,
    MissingBasis.self,
    LateNotice.self,
    Unreadable.self,
]

/// The rules across documents, run by `check --merge`.
public let allMergeRules: [any MergeAuditRule.Type] = [
    SharedSystemLinksDiffer.self,
    ContractorSeveralAffairs.self,
    SystemNameVariants.self,
]

/// Every rule's description, single-document rules first: what --disable, --list-rules, the
/// SARIF rule table and the report's filters list.
public let allRuleDescriptions: [RuleDescription] = allRules.map { $0.description } + allMergeRules.map { $0.description }
