package gazetteer

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/actorgraph/actorgraph/ontology"
)

func TestEmbeddedData(t *testing.T) {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		t.Fatal(err)
	}
	g, err := Load(sub)
	if err != nil {
		t.Fatalf("embedded data: %v", err)
	}
	if n := len(g.Countries()); n < 197 {
		t.Errorf("%d countries, want 193 UN members + 4 others", n)
	}
	c := g.Counts()
	for _, k := range sortedKinds(c) {
		t.Logf("%-10s %6d", k, c[k])
	}
	if g.MaxWords() < 4 {
		t.Errorf("MaxWords = %d", g.MaxWords())
	}
	// Every country has a capital except Vatican City, and a demonym.
	for _, name := range g.Countries() {
		var capital, demonym bool
		for _, b := range g.fold {
			for _, e := range b.all {
				if e.Country == name && e.Kind == Capital {
					capital = true
				}
				if e.Country == name && e.Kind == Demonym {
					demonym = true
				}
			}
		}
		if !capital && name != "Vatican City" {
			t.Errorf("%s has no capital", name)
		}
		if !demonym && name != "Dominica" {
			t.Errorf("%s has no demonym", name)
		}
	}
}

// hit reports whether Lookup(phrase) has an entry of kind k whose
// canonical name is canon.
func hit(g *Gazetteer, phrase string, k Kind, canon string) (Entry, bool) {
	for _, e := range g.Lookup(phrase) {
		if e.Kind == k && e.Canonical == canon {
			return e, true
		}
	}
	return Entry{}, false
}

func TestLookup(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		phrase string
		kind   Kind
		canon  string
		typ    ontology.EntityType
		ctry   string
	}{
		{"US", CountryName, "United States", ontology.Country, "United States"},
		{"U.S.", CountryName, "United States", ontology.Country, "United States"},
		{"the United States", CountryName, "United States", ontology.Country, "United States"},
		{"United States of America", CountryName, "United States", ontology.Country, "United States"},
		{"America", CountryName, "United States", ontology.Country, "United States"},
		{"USA", CountryName, "United States", ontology.Country, "United States"},
		{"Britain", CountryName, "United Kingdom", ontology.Country, "United Kingdom"},
		{"U.K.", CountryName, "United Kingdom", ontology.Country, "United Kingdom"},
		{"Türkiye", CountryName, "Turkey", ontology.Country, "Turkey"},
		{"Côte d'Ivoire", CountryName, "Ivory Coast", ontology.Country, "Ivory Coast"},
		{"Cote d’Ivoire", CountryName, "Ivory Coast", ontology.Country, "Ivory Coast"},
		{"DRC", CountryName, "Democratic Republic of the Congo", ontology.Country, "Democratic Republic of the Congo"},
		{"the Comoros", CountryName, "Comoros", ontology.Country, "Comoros"},
		{"Russian Federation", CountryName, "Russia", ontology.Country, "Russia"},
		{"Ukrainian", Demonym, "Ukraine", ontology.Country, "Ukraine"},
		{"Ukrainians", Demonym, "Ukraine", ontology.Country, "Ukraine"},
		{"Emirati", Demonym, "United Arab Emirates", ontology.Country, "United Arab Emirates"},
		{"Nigerien", Demonym, "Niger", ontology.Country, "Niger"},
		{"Nigerian", Demonym, "Nigeria", ontology.Country, "Nigeria"},
		{"British", Demonym, "United Kingdom", ontology.Country, "United Kingdom"},
		{"Filipino", Demonym, "Philippines", ontology.Country, "Philippines"},
		{"Kyiv", Capital, "Kyiv", ontology.Place, "Ukraine"},
		{"Kiev", Capital, "Kyiv", ontology.Place, "Ukraine"},
		{"Washington", Capital, "Washington", ontology.Place, "United States"},
		{"Moscow", Capital, "Moscow", ontology.Place, "Russia"},
		{"the Kremlin", Seat, "Kremlin", ontology.Place, "Russia"},
		{"Downing Street", Seat, "Downing Street", ontology.Place, "United Kingdom"},
		{"NATO", OrgName, "North Atlantic Treaty Organization", ontology.Organization, ""},
		{"Nato", OrgName, "North Atlantic Treaty Organization", ontology.Organization, ""},
		{"Ecowas", OrgName, "Economic Community of West African States", ontology.Organization, ""},
		{"U.N.", OrgName, "United Nations", ontology.Organization, ""},
		{"WHO", OrgName, "World Health Organization", ontology.Organization, ""},
		{"G20", OrgName, "Group of Twenty", ontology.Organization, ""},
	} {
		e, ok := hit(g, tc.phrase, tc.kind, tc.canon)
		if !ok {
			t.Errorf("Lookup(%q): no %s %q in %+v", tc.phrase, tc.kind, tc.canon, g.Lookup(tc.phrase))
			continue
		}
		if e.Type != tc.typ || e.Country != tc.ctry {
			t.Errorf("Lookup(%q) = type %s country %q, want %s %q", tc.phrase, e.Type, e.Country, tc.typ, tc.ctry)
		}
	}
	if e, ok := hit(g, "Kremlin", Seat, "Kremlin"); !ok || e.Metonym != "Russia" || e.MetonymType != ontology.Country {
		t.Errorf("Kremlin metonym = %q %q", e.Metonym, e.MetonymType)
	}
	if e, ok := hit(g, "Kyiv", Capital, "Kyiv"); !ok || e.Metonym != "Ukraine" {
		t.Errorf("Kyiv metonym = %q", e.Metonym)
	}
	if e, ok := hit(g, "Kiev", Capital, "Kyiv"); !ok || e.Form != "Kiev" {
		t.Errorf("Kiev form = %q", e.Form)
	}
}

func TestLookupCase(t *testing.T) {
	g := Default()
	for _, p := range []string{"us", "Us", "who", "Who", "turkey", "china", "x", "un", "Un", "Care", ""} {
		for _, e := range g.Lookup(p) {
			if e.Kind != Title && e.Kind != Honorific {
				t.Errorf("Lookup(%q) = %s %q (form %q), want no entity", p, e.Kind, e.Canonical, e.Form)
			}
		}
	}
	if _, ok := hit(g, "TURKEY", CountryName, "Turkey"); !ok {
		t.Error("headline case TURKEY not found")
	}
	if _, ok := hit(g, "CARE", OrgName, "CARE International"); !ok {
		t.Error("CARE not found")
	}
}

func TestAmbiguous(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		phrase string
		kind   Kind
		canon  string
		want   bool
	}{
		{"Georgia", CountryName, "Georgia", true}, // also a US state
		{"Washington", Capital, "Washington", true},
		{"Russia", CountryName, "Russia", false},
		{"Security Council", OrgName, "United Nations Security Council", true},
	} {
		e, ok := hit(g, tc.phrase, tc.kind, tc.canon)
		if !ok {
			t.Errorf("Lookup(%q): no %s %q", tc.phrase, tc.kind, tc.canon)
			continue
		}
		if e.Ambiguous != tc.want {
			t.Errorf("Lookup(%q).Ambiguous = %v, want %v", tc.phrase, e.Ambiguous, tc.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"no countries", map[string]string{}, "countries.tsv missing"},
		{"duplicate country", map[string]string{"countries.tsv": "A\t-\t-\tAn\tX\nA\t-\t-\t-\t-\n"}, "listed twice"},
		{"too many fields", map[string]string{"countries.tsv": "A\tb\tc\td\te\tf\n"}, "fields"},
		{"unknown country", map[string]string{"countries.tsv": "A\n", "orgs-x.tsv": "Org\tngo\tB\t-\t-\n"}, "unknown country"},
		{"bad category", map[string]string{"countries.tsv": "A\n", "places-x.tsv": "P\tvillage\tA\t-\t-\n"}, "category"},
		{"bad title class", map[string]string{"countries.tsv": "A\n", "titles.tsv": "boss\tbig\t-\t-\n"}, "title class"},
		{"bad name tag", map[string]string{"countries.tsv": "A\n", "firstnames.txt": "x: Bob\n"}, "line tag"},
		{"bad variant", map[string]string{"countries.tsv": "A\n", "variants.tsv": "solo\n"}, "two spellings"},
	} {
		fsys := fstest.MapFS{}
		for n, d := range tc.files {
			fsys[n] = &fstest.MapFile{Data: []byte(d)}
		}
		_, err := Load(fsys)
		if err == nil || !errors.Is(err, ErrData) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want ErrData containing %q", tc.name, err, tc.want)
		}
	}
}

func TestExpand(t *testing.T) {
	got := splitForms("{foreign|defence} minister|~X|!CARE")
	want := []form{{text: "foreign minister"}, {text: "defence minister"}, {text: "X", ambiguous: true}, {text: "CARE", strict: true}}
	if len(got) != len(want) {
		t.Fatalf("splitForms = %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("form %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := Default()
	phrases := []string{"United States", "Kremlin", "Vladimir Putin", "the Ukrainian", "Foreign Minister", "Sumy", "NATO", "said", "Côte d'Ivoire"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Lookup(phrases[i%len(phrases)])
	}
}

func BenchmarkIsFirstName(b *testing.B) {
	g := Default()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		g.IsFirstName("Volodymyr")
	}
}

func BenchmarkDefault(b *testing.B) {
	sub, _ := fs.Sub(embedded, "data")
	for i := 0; i < b.N; i++ {
		if _, err := Load(sub); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add("Ukraine\t-\tthe Ukraine\tUkrainian\tKyiv|Kiev\n", "Sumy\tcity\tUkraine\t-\t-\n", "president\tleader\thos\tPres.\n")
	f.Add("A\n", "P\tcity\tB\t-\t-\n", "{a|b\tleader\t-\t-\n")
	f.Fuzz(func(t *testing.T, countries, places, titles string) {
		fsys := fstest.MapFS{
			"countries.tsv":  &fstest.MapFile{Data: []byte(countries)},
			"places-x.tsv":   &fstest.MapFile{Data: []byte(places)},
			"titles.tsv":     &fstest.MapFile{Data: []byte(titles)},
			"firstnames.txt": &fstest.MapFile{Data: []byte("m: " + titles)},
		}
		g, err := Load(fsys)
		if err != nil {
			if !errors.Is(err, ErrData) {
				t.Fatalf("error %v does not wrap ErrData", err)
			}
			return
		}
		for _, c := range g.Countries() {
			if len(g.Lookup(c)) == 0 && isAcronym(c) == false && !startsLower(c) {
				t.Errorf("country %q not found by its own name", c)
			}
		}
	})
}

func TestLookupCoverage(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		phrase string
		kind   Kind
		canon  string
	}{
		{"al-Qaeda", OrgName, "al-Qaeda"},
		{"Al Qaeda", OrgName, "al-Qaeda"},
		{"Hamas", OrgName, "Hamas"},
		{"Hizbollah", OrgName, "Hezbollah"},
		{"Houthis", OrgName, "Houthis"},
		{"IDF", OrgName, "Israel Defense Forces"},
		{"ISIS", OrgName, "Islamic State"},
		{"Daesh", OrgName, "Islamic State"},
		{"Taliban", OrgName, "Taliban"},
		{"Wagner Group", OrgName, "Wagner Group"},
		{"Likud", OrgName, "Likud"},
		{"CCP", OrgName, "Chinese Communist Party"},
		{"Red Cross", OrgName, "International Committee of the Red Cross"},
		{"MSF", OrgName, "Doctors Without Borders"},
		{"Reuters", OrgName, "Reuters"},
		{"Telegram", OrgName, "Telegram"},
		{"State Department", OrgName, "United States Department of State"},
		{"the Gaza Strip", PlaceName, "Gaza Strip"},
		{"Gaza", PlaceName, "Gaza Strip"},
		{"West Bank", PlaceName, "West Bank"},
		{"Crimea", PlaceName, "Crimea"},
		{"Donbass", PlaceName, "Donbas"},
		{"Sahel", PlaceName, "Sahel"},
		{"Middle East", PlaceName, "Middle East"},
		{"Sumy", PlaceName, "Sumy"},
		{"Istanbul", PlaceName, "Istanbul"},
		{"Kharkov", PlaceName, "Kharkiv"},
		{"St. Petersburg", PlaceName, "Saint Petersburg"},
		{"Texas", PlaceName, "Texas"},
		{"Kursk region", PlaceName, "Kursk Oblast"},
		{"Lombardy", PlaceName, "Lombardy"},
		{"Guangdong", PlaceName, "Guangdong"},
		{"Hong Kong", PlaceName, "Hong Kong"},
		{"Taiwan", CountryName, "Taiwan"},
		{"Palestine", CountryName, "Palestine"},
		{"Holy See", CountryName, "Vatican City"},
		{"Kosovo", CountryName, "Kosovo"},
		{"Whitehall", Seat, "Whitehall"},
		{"Elysee", Seat, "Elysee Palace"},
		{"Zhongnanhai", Seat, "Zhongnanhai"},
		{"Pentagon", Seat, "Pentagon"},
	} {
		if _, ok := hit(g, tc.phrase, tc.kind, tc.canon); !ok {
			t.Errorf("Lookup(%q): no %s %q in %+v", tc.phrase, tc.kind, tc.canon, g.Lookup(tc.phrase))
		}
	}
}
