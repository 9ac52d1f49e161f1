package loader

import (
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// Span boundaries and typing of names the gazetteer does not know, on
// invented sentences.
func TestEntitySpans(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]ontology.EntityType
		absent     []string
	}{
		{"coordinated bodies split", "Researchers at the Boston Institute of Technology and Colorado State University published it.",
			map[string]ontology.EntityType{"Boston Institute of Technology": ontology.Organization, "Colorado State University": ontology.Organization},
			[]string{"Boston Institute of Technology and Colorado State University"}},
		{"body on a subject", "The Council on Foreign Relations published a report on Monday.",
			map[string]ontology.EntityType{"Council on Foreign Relations": ontology.Organization}, nil},
		{"person after a body in a caption", "Director of the Council on Arab Relations Alia Salem said the ban was wrong.",
			map[string]ontology.EntityType{"Alia Salem": ontology.Person, "Council on Arab Relations": ontology.Organization},
			[]string{"Council on Arab Relations Alia Salem"}},
		{"fair is an event", "He won a prize at the Regional Science Fair last week.",
			map[string]ontology.EntityType{"Regional Science Fair": ontology.Event}, nil},
		{"centre for is a body", "The Victorian Centre for Control of Water Disorders warned residents.",
			map[string]ontology.EntityType{"Victorian Centre for Control of Water Disorders": ontology.Organization}, nil},
		{"school district is a body", "The Plano Independent School District suspended the student.",
			map[string]ontology.EntityType{"Plano Independent School District": ontology.Organization}, nil},
		{"portfolio ends at a given name", "Minister of Education Stefania Giannini said the rule stands.",
			map[string]ontology.EntityType{"Stefania Giannini": ontology.Person},
			[]string{"Education Stefania Giannini"}},
		{"place names the paper after it", "He told LA Weekly that the case was closed. LA Weekly said so.",
			map[string]ontology.EntityType{"LA Weekly": ontology.Organization}, []string{"Weekly"}},
		{"country after a body is no part of it", "Scientists of the University of Sheffield of the UK analysed it.",
			map[string]ontology.EntityType{"University of Sheffield": ontology.Organization, "United Kingdom": ontology.Country}, nil},
		{"coordination inside a name", "The Shuttle went to the National Air and Space Museum last year.",
			map[string]ontology.EntityType{"National Air and Space Museum": ontology.Place}, []string{"National Air"}},
		{"acronym as a modifier", "Mohamed was a VIP guest at the fair. He got VIP attention.",
			nil, []string{"VIP"}},
		{"language after in", "The form must be completed in English within weeks.",
			nil, []string{"English"}},
		{"unknown person before a verb after a body", "A student at University of Texas Arlington Amneh Jafari heard of the incident.",
			map[string]ontology.EntityType{"Amneh Jafari": ontology.Person}, []string{"University of Texas Arlington Amneh Jafari"}},
		{"event by context", "Two pilgrims died during the Hajj. The Hajj pilgrimage drew millions.",
			map[string]ontology.EntityType{"Hajj": ontology.Event}, nil},
		{"event year", "Fans crowded the Toronto Comic Expo 2016 on Saturday.",
			map[string]ontology.EntityType{"Toronto Comic Expo 2016": ontology.Event}, nil},
		{"named day is an event", "The campaign began on Waitangi Day this year.",
			map[string]ontology.EntityType{"Waitangi Day": ontology.Event}, nil},
		{"a government named by its leader", "The tax was changed by the Monti government last year.",
			map[string]ontology.EntityType{"Monti": ontology.Person}, nil},
		{"thing named with common words", "Crowds watched Space Shuttle Atlantis roll out. The space agency said the shuttle was ready.",
			nil, []string{"Space Shuttle Atlantis"}},
		{"craft acting is no actor", "Space Probe Voyager Nine sent its last signal. The Orbiter Horizon Seven docked at the station.",
			nil, []string{"Space Probe Voyager Nine", "Orbiter Horizon Seven"}},
		{"ship prefix names a ship", "The USS Harbour Light fired at the boats, the navy said.",
			nil, []string{"USS Harbour Light", "Harbour Light"}},
		{"common noun starting sentences", "Salt prices rose in March. Salt is taxed heavily, and traders hoard salt.",
			nil, []string{"Salt"}},
		{"a name starting sentences stays", "Hamas said the talks failed. Hamas also rejected the plan.",
			map[string]ontology.EntityType{"Hamas": ontology.Organization}, nil},
		{"a craft word outside the name leaves it", "Kenji Watanabe boarded the shuttle to the station.",
			map[string]ontology.EntityType{"Kenji Watanabe": ontology.Person}, nil},
		{"weapon model before its noun", "Debris from a Sky Lance interceptor hit a house near the border.",
			nil, []string{"Sky Lance"}},
		{"owner before a plural weapon noun stays", "Witnesses said Tarek Haddad drones were seen. Tarek Haddad denied it.",
			map[string]ontology.EntityType{"Tarek Haddad": ontology.Person}, nil},
		{"a language spoken", "Few of the migrants speak Portuguese or Danish, officials said.",
			nil, []string{"Portuguese", "Danish"}},
		{"craft's short name", "Engineers readied the Orbiter Bright Falcon for launch. Later Bright Falcon flew to the station.",
			nil, []string{"Bright Falcon"}},
		{"magazine is a body", "He read an article in the publication Freedom Magazine, which attacked him.",
			map[string]ontology.EntityType{"Freedom Magazine": ontology.Organization}, nil},
		{"a party's government names no person", "Bureaucrats of the Conservative government complained.",
			nil, []string{"Conservative"}},
		{"grade letter is no surname", "The files were marked Protected B by the department.",
			nil, []string{"Protected B"}},
		{"complex is a place", "Atlantis will go on display at the Kennedy Space Center Visitor Complex next year.",
			map[string]ontology.EntityType{"Kennedy Space Center Visitor Complex": ontology.Place}, nil},
		{"surname that is a function word", "The seat was won by James To of the Democratic Party.",
			map[string]ontology.EntityType{"James To": ontology.Person}, []string{"James"}},
		{"city as a surname", "Former member Valeska Paris said she was held aboard the ship.",
			map[string]ontology.EntityType{"Valeska Paris": ontology.Person}, nil},
		{"hyphenated descriptor", "The panel included Booker Prize-winner authors and fans.",
			nil, []string{"Booker Prize-winner"}},
		{"known body after and", "Officials at the Council on Foreign Relations and Human Rights Watch criticised the plan.",
			map[string]ontology.EntityType{"Council on Foreign Relations": ontology.Organization, "Human Rights Watch": ontology.Organization}, nil},
		{"double particle surname", "European Commission President Ursula von der Leyen met him in Brussels.",
			map[string]ontology.EntityType{"Ursula von der Leyen": ontology.Person}, []string{"Ursula"}},
		{"portfolio of title words", "Secretary of State Antony Blinken would travel to Cairo.",
			map[string]ontology.EntityType{"Antony Blinken": ontology.Person}, []string{"State Antony Blinken"}},
		{"corporate suffix", "Apple Inc. and Microsoft Corp. reported earnings on Tuesday.",
			map[string]ontology.EntityType{"Microsoft": ontology.Organization, "Apple": ontology.Organization}, []string{"Corp.", "Inc."}},
		{"title word before a collective", "Forces struck a refinery overnight, the General Staff said.",
			map[string]ontology.EntityType{"General Staff": ontology.Organization}, []string{"Staff"}},
		{"known body starting with a title word", "Ukrainian forces struck a refinery, the General Staff of the Armed Forces of Ukraine said.",
			map[string]ontology.EntityType{"General Staff of the Armed Forces of Ukraine": ontology.Organization}, []string{"Staff"}},
		{"and inside a council's name", "The African Union Peace and Security Council met in Addis Ababa.",
			map[string]ontology.EntityType{"African Union Peace and Security Council": ontology.Organization},
			[]string{"African Union Peace", "United Nations Security Council"}},
		{"laws and ordinances", "The council passed the Safeguarding National Security Ordinance and the Basic Law was cited.",
			map[string]ontology.EntityType{"Safeguarding National Security Ordinance": ontology.Document, "Basic Law": ontology.Document}, nil},
		{"law and bill as names", "Activist Nathan Law of Demosisto won. Photo: NASA Bill Ingalls.",
			map[string]ontology.EntityType{"Nathan Law": ontology.Person, "Bill Ingalls": ontology.Person}, nil},
		{"trailing title of someone unnamed", "The Museum of Flight CEO said the shuttle would come to Seattle.",
			map[string]ontology.EntityType{"Museum of Flight": ontology.Place}, []string{"Museum of Flight CEO"}},
		{"quoted name of a thing", `The team's robot, named "Better Idea of Afghan Girls," scored a point.`,
			nil, []string{"Better Idea", "Girls", "Better Idea of Afghan Girls"}},
		{"known long name with a lower-case connector", `They acted after the United Nations High Commissioner for Refugees "recommended it".`,
			map[string]ontology.EntityType{"United Nations High Commissioner for Refugees": ontology.Organization}, []string{"Refugees"}},
		{"university campus", "Attendance at the Weatherspoon Art Museum at the University of North Carolina at Greensboro rose.",
			map[string]ontology.EntityType{"University of North Carolina at Greensboro": ontology.Organization},
			[]string{"Carolina at Greensboro", "University of North"}},
		{"a title alone is no body", "A detective for the Los Angeles Sheriff's office was given the files.",
			map[string]ontology.EntityType{"Los Angeles": ontology.Place}, []string{"Sheriff", "Los Angeles Sheriff"}},
		{"portfolio before a lower-case title", "In May, Maxime Bernier was forced to resign as Foreign Affairs minister.",
			map[string]ontology.EntityType{"Maxime Bernier": ontology.Person}, []string{"Foreign Affairs"}},
		{"places headed by their first word", "Ships in the Gulf of Aden and the Strait of Hormuz were attacked near the Plains of Arafat.",
			map[string]ontology.EntityType{"Gulf of Aden": ontology.Place, "Strait of Hormuz": ontology.Place, "Plains of Arafat": ontology.Place}, nil},
		{"coordinated X of Y bodies", "The Bank of England and Bank of Japan held rates.",
			map[string]ontology.EntityType{"Bank of England": ontology.Organization, "Bank of Japan": ontology.Organization}, nil},
		{"title-case adjective phrase", "Successful Stormtroopers share a high-five.",
			nil, []string{"Successful Stormtroopers"}},
		{"quoted label", `The team listed their country as "Hope" on their shirts.`,
			nil, []string{"Hope"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkEntities(t, extractText(t, tc.name, tc.text), tc.want, tc.absent)
		})
	}
}

func TestTypos(t *testing.T) {
	for _, tc := range []struct {
		name, text, canon, typo string
	}{
		{"swapped letters", "The United Nations met in May. Officials of the Untied Nations said it would return.", "United Nations", "Untied Nations"},
		{"replaced vowel", "Kristin Wilkins curated the show. Kristen Wilkins said it opened in May.", "Kristin Wilkins", "Kristen Wilkins"},
		{"dropped letter", "Professor Kathleen Maurer led the study. Mauer said it took a year.", "Kathleen Maurer", "Mauer"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := extractText(t, tc.name, tc.text)
			e, ok := entityNamed(out, tc.canon)
			if !ok {
				t.Fatalf("no entity %q; got %+v", tc.canon, out.Entities)
			}
			if !containsString(e.Aliases, tc.typo) {
				t.Errorf("%q aliases %v lack %q", tc.canon, e.Aliases, tc.typo)
			}
			if _, ok := entityNamed(out, tc.typo); ok {
				t.Errorf("misspelling %q emitted as its own entity", tc.typo)
			}
		})
	}
}

func TestOneSlipWord(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		subst bool
		want  bool
	}{
		{"Untied", "United", false, true},
		{"Mauer", "Maurer", false, true},
		{"Kristen", "Kristin", true, true},
		{"Kristen", "Kristin", false, false},
		{"Paris", "Harris", false, false},
		{"Jones", "Jonas", false, false},
		{"Mali", "Bali", true, false},
		{"Austria", "Australia", true, false},
	} {
		if got := oneSlipWord(tc.a, tc.b, tc.subst); got != tc.want {
			t.Errorf("oneSlipWord(%q, %q, %v) = %v, want %v", tc.a, tc.b, tc.subst, got, tc.want)
		}
	}
}

func TestGazetteerKinds(t *testing.T) {
	out := extractText(t, "gazetteer kinds", "Medvedev spoke after Operation Spiderweb. Dmitry Medvedev later wrote again.")
	e, ok := entityNamed(out, "Dmitry Medvedev")
	if !ok || e.Type != ontology.Person {
		t.Fatalf("no Person Dmitry Medvedev: %+v", out.Entities)
	}
	if !containsString(e.Aliases, "Medvedev") {
		t.Errorf("aliases %v lack the surname", e.Aliases)
	}
	if e, ok := entityNamed(out, "Operation Spiderweb"); !ok || e.Type != ontology.Event {
		t.Errorf("no Event Operation Spiderweb: %+v", out.Entities)
	}
}

func TestSameNameOnce(t *testing.T) {
	out := extractText(t, "same name", "Internet Explorer users were warned. Microsoft said Internet Explorer 6 was old. "+
		"Many people still use Internet Explorer 6 at work.")
	n := 0
	for _, e := range out.Entities {
		if e.Name == "Internet Explorer" {
			n++
		}
	}
	if n > 1 {
		t.Errorf("Internet Explorer emitted %d times: %+v", n, out.Entities)
	}
}

func TestNamedEvents(t *testing.T) {
	for _, tc := range []struct {
		name, text, event string
		aliases           []string
	}{
		{"place and modifier", "Delegations met in Istanbul on Friday. The Istanbul peace negotiations ended without a deal.",
			"Istanbul peace negotiations", []string{"Istanbul negotiations", "peace negotiations"}},
		{"year and plural", "Voters turned out for the 2016 Hong Kong legislative election. The Legislative Council elections were close.",
			"2016 Hong Kong legislative election", []string{"Hong Kong legislative election", "Legislative Council election"}},
		{"named by its date", "The war began with the group's October 7, 2023 attack on Israel.",
			"October 7 attack", []string{"October 7", "October 7, 2023 attack"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := extractText(t, tc.name, tc.text)
			e, ok := entityNamed(out, tc.event)
			if !ok || e.Type != ontology.Event {
				t.Fatalf("no Event %q: %+v", tc.event, out.Entities)
			}
			for _, a := range tc.aliases {
				if !containsString(e.Aliases, a) {
					t.Errorf("%q aliases %v lack %q", tc.event, e.Aliases, a)
				}
			}
			n := 0
			for _, e := range out.Entities {
				if e.Type == ontology.Event {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d events, want 1: %+v", n, out.Entities)
			}
		})
	}
}

func TestSurnameThatIsAPlace(t *testing.T) {
	out := extractText(t, "surname place", "Former member Valeska Paris was held aboard the ship. Paris said she was kept there for years.")
	e, ok := entityNamed(out, "Valeska Paris")
	if !ok || e.Type != ontology.Person {
		t.Fatalf("no Person Valeska Paris: %+v", out.Entities)
	}
	for _, e := range out.Entities {
		if e.Name == "Paris" || e.Name == "France" {
			t.Errorf("surname read as a place: %+v", e)
		}
	}
}

func TestFormerTitle(t *testing.T) {
	for _, text := range []string{
		"Former British Prime Minister Boris Johnson criticised the deal.",
		"The deal was criticised by former British Prime Minister Boris Johnson on Monday.",
	} {
		out := extractText(t, "former", text)
		if _, ok := entityNamed(out, "Boris Johnson"); !ok {
			t.Errorf("%q: no Boris Johnson: %+v", text, out.Entities)
		}
		if hasTriple(out, "Boris Johnson", ontology.LeaderOf, "United Kingdom") {
			t.Errorf("%q: a former prime minister leads no country", text)
		}
	}
}

func TestDemonymActors(t *testing.T) {
	out := extractText(t, "demonym actors", "Afghanistan scored two points in the alliance with the Gabonese and Estonian teams.")
	for _, c := range []string{"Gabon", "Estonia"} {
		if e, ok := entityNamed(out, c); !ok || e.Type != ontology.Country {
			t.Errorf("no Country %s: %+v", c, out.Entities)
		}
	}
	out = extractText(t, "demonym food", "They served Italian food and French wine.")
	for _, c := range []string{"Italy", "France"} {
		if _, ok := entityNamed(out, c); ok {
			t.Errorf("country %s from a demonym on a thing", c)
		}
	}
}

func TestOrgShortForm(t *testing.T) {
	out := extractText(t, "short form", "The Andy Warhol Foundation for the Visual Arts gave the photographs. "+
		"Staff at the Andy Warhol Foundation chose them.")
	e, ok := entityNamed(out, "Andy Warhol Foundation for the Visual Arts")
	if !ok {
		t.Fatalf("no full name: %+v", out.Entities)
	}
	if !containsString(e.Aliases, "Andy Warhol Foundation") {
		t.Errorf("aliases %v lack the short form", e.Aliases)
	}
	if _, ok := entityNamed(out, "Andy Warhol Foundation"); ok {
		t.Error("short form emitted as its own entity")
	}
}

func TestPossessiveInsideName(t *testing.T) {
	out := extractText(t, "possessive name", "New People Party's Michael Tien won. Eunice Yung of New People's Party was elected too.")
	n := 0
	for _, e := range out.Entities {
		if e.Type == ontology.Organization {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d organizations, want New People's Party once: %+v", n, out.Entities)
	}
}

// A country beside a match score is its national team; a country beside
// other figures stays a country.
func TestSportsSides(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]ontology.EntityType
	}{
		{"score after", "Brazil beat Chile 2-1 in the qualifier on Sunday.",
			map[string]ontology.EntityType{"Brazil": ontology.Organization, "Chile": ontology.Organization}},
		{"spaced score between", "Group C: Peru 0 – 3 Denmark. Denmark now leads the group.",
			map[string]ontology.EntityType{"Peru": ontology.Organization, "Denmark": ontology.Organization}},
		{"figures that are no score", "Ukraine said 2 - 3 drones were downed over Kharkiv, and Russia denied it.",
			map[string]ontology.EntityType{"Ukraine": ontology.Country, "Russia": ontology.Country}},
		{"a vote count is no score", "Lawmakers voted 52-48 to sanction Iran.",
			map[string]ontology.EntityType{"Iran": ontology.Country}},
	} {
		out := extractText(t, tc.name, tc.text)
		for n, typ := range tc.want {
			if e, ok := entityNamed(out, n); !ok || e.Type != typ {
				t.Errorf("%s: %s want %s, got %+v", tc.name, n, typ, out.Entities)
			}
		}
	}
}

// Bodies written in lower case after a demonym or "the" are
// organizations; an office of the body ("the army chief") is not the body.
func TestNominalBodies(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
		absent     []string
	}{
		{"demonym navy", "The Peruvian navy seized the trawler on Monday.", []string{"Peruvian navy"}, nil},
		{"demonym air force", "The boats were spotted by the Chilean air force near the coast.", []string{"Chilean air force"}, nil},
		{"state body after the", "Soldiers of the presidential guard detained the president.", []string{"presidential guard"}, nil},
		{"office of the body", "The Peruvian army chief resigned.", nil, []string{"Peruvian army"}},
		{"full name known", "The National Electoral Council met. Critics said the electoral council was biased.",
			[]string{"National Electoral Council"}, []string{"electoral council"}},
	} {
		out := extractText(t, tc.name, tc.text)
		for _, n := range tc.want {
			if e, ok := entityNamed(out, n); !ok || e.Type != ontology.Organization {
				t.Errorf("%s: no Organization %q: %+v", tc.name, n, out.Entities)
			}
		}
		for _, n := range tc.absent {
			for _, e := range out.Entities {
				if ontology.Normalize(e.Name) == ontology.Normalize(n) {
					t.Errorf("%s: unexpected %q", tc.name, n)
				}
			}
		}
	}
}

// A name written with a version number is a product's, wherever it
// stands; a person's name before an age is not.
func TestVersionedProducts(t *testing.T) {
	out := extractText(t, "versioned", "Users of Navigator Pro 7 must update. Navigator Pro is still popular, the maker said.")
	if _, ok := entityNamed(out, "Navigator Pro"); ok {
		t.Errorf("product as entity: %+v", out.Entities)
	}
	out = extractText(t, "age", "Maria Okonkwo, 45, was arrested. Maria Okonkwo denied the charge.")
	if e, ok := entityNamed(out, "Maria Okonkwo"); !ok || e.Type != ontology.Person {
		t.Errorf("no person: %+v", out.Entities)
	}
}

// A militia before "fighter" or an airline before "jet" stays an actor.
func TestOwnerBeforeNoun(t *testing.T) {
	out := extractText(t, "owner", "A Volta Brigade fighter was killed near the border, the Volta Brigade said.")
	if _, ok := entityNamed(out, "Volta Brigade"); !ok {
		t.Errorf("militia lost: %+v", out.Entities)
	}
}
