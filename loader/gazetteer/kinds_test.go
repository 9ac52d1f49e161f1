package gazetteer

import (
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

func TestTitles(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		phrase     string
		canon      string
		rel        ontology.Predicate
		leader     bool
		hos        bool
		notCurrent bool
	}{
		{"President", "president", ontology.LeaderOf, true, true, false},
		{"prime minister", "prime minister", ontology.LeaderOf, true, true, false},
		{"PM", "prime minister", ontology.LeaderOf, true, true, false},
		{"Chancellor", "chancellor", ontology.LeaderOf, true, true, false},
		{"premier", "premier", ontology.LeaderOf, true, true, false},
		{"secretary-general", "secretary-general", ontology.LeaderOf, true, false, false},
		{"Secretary General", "secretary-general", ontology.LeaderOf, true, false, false},
		{"CEO", "chief executive", ontology.LeaderOf, true, false, false},
		{"Foreign Minister", "foreign minister", ontology.OfficialOf, false, false, false},
		{"defence minister", "defence minister", ontology.OfficialOf, false, false, false},
		{"Deputy Prime Minister", "deputy prime minister", ontology.OfficialOf, false, false, false},
		{"deputy chairman", "deputy chairman", ontology.OfficialOf, false, false, false},
		{"Vice President", "vice president", ontology.OfficialOf, false, false, false},
		{"vice premier", "vice premier", ontology.OfficialOf, false, false, false},
		{"spokesman", "spokesman", ontology.OfficialOf, false, false, false},
		{"Treasury Secretary", "treasury secretary", ontology.OfficialOf, false, false, false},
		{"Gen.", "general", ontology.OfficialOf, false, false, false},
		{"Lt. Gen.", "lieutenant general", ontology.OfficialOf, false, false, false},
		{"Rear Admiral", "rear admiral", ontology.OfficialOf, false, false, false},
		{"aide", "aide", ontology.WorksFor, false, false, false},
		{"former president", "former president", ontology.LeaderOf, true, true, true},
		{"President-elect", "president elect", ontology.LeaderOf, true, true, true},
		{"deputy foreign minister", "deputy foreign minister", ontology.OfficialOf, false, false, false},
		{"acting president", "acting president", ontology.LeaderOf, true, true, false},
		{"caretaker prime minister", "caretaker prime minister", ontology.LeaderOf, true, true, false},
		{"chief spokesman", "chief spokesman", ontology.OfficialOf, false, false, false},
	} {
		e, ok := hit(g, tc.phrase, Title, tc.canon)
		if !ok {
			t.Errorf("Lookup(%q): no title %q in %+v", tc.phrase, tc.canon, g.Lookup(tc.phrase))
			continue
		}
		if e.Relation != tc.rel || e.Leader != tc.leader || e.HeadOfState != tc.hos || e.NotCurrent != tc.notCurrent {
			t.Errorf("Lookup(%q) = rel %s leader %v hos %v notcurrent %v, want %s %v %v %v", tc.phrase,
				e.Relation, e.Leader, e.HeadOfState, e.NotCurrent, tc.rel, tc.leader, tc.hos, tc.notCurrent)
		}
	}
	if e, ok := hit(g, "chief of staff", Title, "chief of staff"); !ok || !e.WorksFor {
		t.Errorf("chief of staff: WorksFor = %v", e.WorksFor)
	}
	if e, ok := hit(g, "spokeswoman", Title, "spokeswoman"); !ok || e.Gender != 'f' {
		t.Errorf("spokeswoman: gender %q", e.Gender)
	}
	if e, ok := hit(g, "Gen.", Title, "general"); !ok || !e.Military {
		t.Error("Gen. not military")
	}
	if len(g.Lookup("deputy banana")) != 0 {
		t.Error("deputy banana matched")
	}
}

func TestPeople(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		phrase, canon, country string
		hos                    bool
	}{
		{"Medvedev", "Dmitry Medvedev", "Russia", false},
		{"Zelenskiy", "Volodymyr Zelenskyy", "Ukraine", true},
		{"Yermak", "Andriy Yermak", "Ukraine", false},
		{"Erdoğan", "Recep Tayyip Erdoğan", "Turkey", true},
		{"Xi Jinping", "Xi Jinping", "China", true},
	} {
		e, ok := hit(g, tc.phrase, PersonName, tc.canon)
		if !ok {
			t.Errorf("Lookup(%q): no person %q in %+v", tc.phrase, tc.canon, g.Lookup(tc.phrase))
			continue
		}
		if e.Type != ontology.Person || e.Country != tc.country || e.HeadOfState != tc.hos {
			t.Errorf("Lookup(%q) = %s %q hos %v, want Person %q %v", tc.phrase, e.Type, e.Country, e.HeadOfState, tc.country, tc.hos)
		}
	}
	if e, ok := hit(g, "May", PersonName, "Theresa May"); ok && !e.Ambiguous {
		t.Error("May not marked ambiguous")
	}
}

func TestPersonFirstNameAmbiguous(t *testing.T) {
	g := Default()
	if e, ok := hit(g, "Abbas", PersonName, "Mahmoud Abbas"); !ok || !e.Ambiguous {
		t.Errorf("Abbas: %+v", g.Lookup("Abbas"))
	}
	if e, ok := hit(g, "Putin", PersonName, "Vladimir Putin"); !ok || e.Ambiguous {
		t.Errorf("Putin: %+v", g.Lookup("Putin"))
	}
}

func TestEventsAndDocuments(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		phrase string
		kind   Kind
		canon  string
		typ    ontology.EntityType
	}{
		{"JCPOA", DocumentName, "Joint Comprehensive Plan of Action", ontology.Document},
		{"Minsk agreements", DocumentName, "Minsk agreements", ontology.Document},
		{"the UN Charter", DocumentName, "Charter of the United Nations", ontology.Document},
		{"9/11", EventName, "September 11 attacks", ontology.Event},
		{"Hajj", EventName, "Hajj", ontology.Event},
		{"Second World War", EventName, "World War II", ontology.Event},
	} {
		e, ok := hit(g, tc.phrase, tc.kind, tc.canon)
		if !ok || e.Type != tc.typ {
			t.Errorf("Lookup(%q) = %+v, want %s %q", tc.phrase, g.Lookup(tc.phrase), tc.kind, tc.canon)
		}
	}
}

func TestFirstNameHomonyms(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		phrase string
		kind   Kind
		canon  string
		want   bool
	}{
		{"Chad", CountryName, "Chad", true}, // "Chad Smith"
		{"Jordan", CountryName, "Jordan", true},
		{"Israel", CountryName, "Israel", false},
		{"Milan", PlaceName, "Milan", true},
		{"Kyiv", Capital, "Kyiv", false},
	} {
		e, ok := hit(g, tc.phrase, tc.kind, tc.canon)
		if !ok || e.Ambiguous != tc.want {
			t.Errorf("Lookup(%q) ambiguous = %v (found %v), want %v", tc.phrase, e.Ambiguous, ok, tc.want)
		}
	}
}

func TestAcronymNotCommonWord(t *testing.T) {
	g := Default()
	for _, p := range []string{"US", "U.S.", "UK"} {
		for _, e := range g.Lookup(p) {
			if e.Kind == CountryName && e.Ambiguous {
				t.Errorf("Lookup(%q): country marked ambiguous", p)
			}
		}
	}
}

func TestHonorificsAndWords(t *testing.T) {
	g := Default()
	if e, ok := hit(g, "Mrs", Honorific, "Mrs."); !ok || e.Gender != 'f' {
		t.Errorf("Mrs: %+v", g.Lookup("Mrs"))
	}
	if !g.IsFirstName("Sarah") || !g.IsFirstName("JAMES") || g.IsFirstName("Kremlin") {
		t.Error("IsFirstName wrong")
	}
	if gender, _ := g.FirstName("Mary"); gender != 'f' {
		t.Errorf("Mary gender %q", gender)
	}
	if !g.IsSurname("Kim") || !g.IsSurname("Nguyen") || g.IsSurname("Moscow") {
		t.Error("IsSurname wrong")
	}
	if !g.IsStopword("However") || !g.IsStopword("Monday") || g.IsStopword("Putin") {
		t.Error("IsStopword wrong")
	}
}
