package ontology

import "testing"

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Volodymyr Zelenskyy", "volodymyr zelenskyy"},
		{"  The Kremlin ", "kremlin"},
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"Guinea-Bissau", "guinea bissau"},
		{"secretary\u2014general", "secretary general"},
		{"“compromise”", "'compromise'"},
		{"theatre", "theatre"},
		{"", ""},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPredicates(t *testing.T) {
	for _, p := range Predicates() {
		if p.Interaction != (p.CAMEO != "") {
			t.Errorf("%s: interaction %v but CAMEO %q", p.Name, p.Interaction, p.CAMEO)
		}
		if !p.Name.Valid() {
			t.Errorf("%s not valid", p.Name)
		}
	}
	if !MetWith.Symmetric() || Attacked.Symmetric() {
		t.Error("symmetry wrong")
	}
	if Predicate("attacks").Valid() {
		t.Error("unknown predicate reported valid")
	}
}
