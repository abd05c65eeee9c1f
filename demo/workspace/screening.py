"""Rank a few EGFR inhibitors by potency. Each SMILES below is a structure Synapse Lens can look up."""

CANDIDATES = {
    "gefitinib": "COC1=C(C=C2C(=C1)N=CN=C2NC3=CC(=C(C=C3)F)Cl)OCCCN4CCOCC4",
    "erlotinib": "COCCOC1=C(C=C2C(=C1)C(=NC=N2)NC3=CC=CC(=C3)C#C)OCCOC",
    "osimertinib": "CN1C=C(C2=CC=CC=C21)C3=NC(=NC=C3)NC4=C(C=C(C(=C4)NC(=O)C=C)N(C)CCN(C)C)OC",
}

IC50_NM = {"gefitinib": 33.0, "erlotinib": 2.0, "osimertinib": 1.0}


def ranked():
    """Names from most to least potent."""
    return sorted(CANDIDATES, key=lambda name: IC50_NM[name])


if __name__ == "__main__":
    for name in ranked():
        print(f"{name:12} {IC50_NM[name]:6.1f} nM  {CANDIDATES[name]}")
