package loader

import (
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// TestDemandFrames checks the wordings of CAMEO 10 (demand): verbs with a
// "that" clause or an object and an infinitive, nominal demands, quoted
// and reported demands, ultimatums, and their negations.
func TestDemandFrames(t *testing.T) {
	cases := []struct {
		name, text string
		s          string
		o          string
		want       bool
	}{
		{"demanded that", "The European Union demanded that Russia withdraw its troops.", "European Union", "Russia", true},
		{"did not demand", "The European Union did not demand that Russia withdraw its troops.", "European Union", "Russia", false},
		{"demanded object", "Germany demanded an apology from Russia on Monday.", "Germany", "Russia", true},
		{"insisted that", "Joe Biden insisted that China release the detainees.", "Joe Biden", "China", true},
		{"called for X to", "Emmanuel Macron called for Russia to withdraw its troops.", "Emmanuel Macron", "Russia", true},
		{"told X to", "Joe Biden told Israel to stop the offensive.", "Joe Biden", "Israel", true},
		{"told X a fact", "Joe Biden told Israel that the talks went well.", "Joe Biden", "Israel", false},
		{"wants X to", "Donald Trump wants China to buy more American goods.", "Donald Trump", "China", true},
		{"does not want X to", "Donald Trump does not want China to buy more American goods.", "Donald Trump", "China", false},
		{"required X to", "The court required Meta to pay a fine.", "Meta", "Meta", false},
		{"requires X to", "The European Union requires Turkey to reform its courts.", "European Union", "Turkey", true},
		{"ordered X to", "Russia ordered Ukraine to surrender Mariupol.", "Russia", "Ukraine", true},
		{"possessive demands that", "The European Union's demands that Russia withdraw were ignored.", "European Union", "Russia", true},
		{"demands of", "Iran rejected the demands of the United States on Monday.", "United States", "Iran", false},
		{"rejected demands", "Russia rejected Ukraine's demands on Monday.", "Ukraine", "Russia", false},
		{"set terms", "Russia set terms for Ukraine on Monday.", "Russia", "Ukraine", true},
		{"given X days to", "The African Union has given Niger 15 days to return to barracks.", "African Union", "Niger", true},
		{"quoted demand", "\"Russia must withdraw its troops,\" Emmanuel Macron said.", "Emmanuel Macron", "Russia", true},
		{"quoted demand with pronoun", "Emmanuel Macron spoke on Monday. \"Russia must withdraw its troops,\" he said.", "Emmanuel Macron", "Russia", true},
		{"quoted prediction", "\"Russia will withdraw its troops,\" Emmanuel Macron said.", "Emmanuel Macron", "Russia", false},
		{"quoted must not", "\"Russia must not withdraw its troops,\" Emmanuel Macron said.", "Emmanuel Macron", "Russia", false},
		{"told X to a place", "Joe Biden told Israel to the north of the city.", "Joe Biden", "Israel", false},
		{"wanted to go", "Joe Biden wanted to go to Israel on Monday.", "Joe Biden", "Israel", false},
		{"set terms negated", "Russia has not set terms for Ukraine.", "Russia", "Ukraine", false},
		{"ultimatum by condition", "The African Union warned that it could use force if Russia did not withdraw.", "African Union", "Russia", true},
		{"ultimatum by unless", "The African Union warned that it could use force unless Russia withdraws.", "African Union", "Russia", true},
		{"threat without demand", "The African Union warned that it could use force if Russia attacked again.", "African Union", "Russia", false},
		{"its demand that", "The European Union repeated its demand that Russia withdraw.", "European Union", "Russia", true},
		{"possessive demand for X to", "Germany's demand for Russia to withdraw was ignored.", "Germany", "Russia", true},
		{"ignored its demand", "Hungary ignored its demand that Russia withdraw.", "Hungary", "Russia", false},
		{"rejected the demand that", "Ukraine rejected the demand that Russia withdraw.", "Ukraine", "Russia", false},
		{"called for X to be", "Emmanuel Macron called for Ukraine to be admitted to NATO.", "Emmanuel Macron", "Ukraine", false},
		{"quoted resolve", "Emmanuel Macron spoke in Paris on Monday. \"We must defend France,\" he said.", "Emmanuel Macron", "France", false},
		{"gave an ultimatum", "The European Union gave Russia an ultimatum on Monday.", "European Union", "Russia", true},
		{"gave no ultimatum", "The European Union never gave Russia an ultimatum.", "European Union", "Russia", false},
		{"told X and Y to", "Joe Biden told Israel and Hamas to stop the fighting.", "Joe Biden", "Hamas", true},
		{"insisted that X should", "Joe Biden insisted that China should release the detainees.", "Joe Biden", "China", true},
		{"said on a day, in", "Joe Biden said on Tuesday, in Paris, that China must release the detainees.", "Joe Biden", "Paris", false},
		{"junta given days", "The African Union has given the junta 15 days to return to barracks. General Abdourahamane Tchiani proclaimed himself head of a new National Council for the Safeguard of the Homeland after the coup.", "African Union", "National Council for the Safeguard of the Homeland", true},
		{"soldiers who seized power", "West African leaders gave the soldiers who seized power in Niger one week to reinstate the president. The Economic Community of West African States met in Abuja. General Abdourahamane Tchiani proclaimed himself head of a new National Council for the Safeguard of the Homeland.", "Economic Community of West African States", "National Council for the Safeguard of the Homeland", true},
		{"quoted coup plotters", "Bola Tinubu spoke after the coup. \"The coup plotters in Niger must surrender,\" he said. General Abdourahamane Tchiani heads the National Council for the Safeguard of the Homeland, which seized power.", "Bola Tinubu", "National Council for the Safeguard of the Homeland", true},
		{"military without coup", "The African Union has given the military 15 days to return to barracks. General Abdourahamane Tchiani heads the National Council for the Safeguard of the Homeland.", "African Union", "National Council for the Safeguard of the Homeland", false},
		{"junta with two councils", "The African Union has given the junta 15 days to leave after the coup. The National Council for the Safeguard of the Homeland and the Military Council of Mali seized power.", "African Union", "National Council for the Safeguard of the Homeland", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := extractText(t, "demands", c.text)
			if got := hasTriple(out, c.s, ontology.Demanded, c.o); got != c.want {
				t.Errorf("%q: %s demanded %s = %v, want %v; got:\n%s", c.text, c.s, c.o, got, c.want, dumpTriples(out))
			}
		})
	}
}

// TestDemandFramesEdges feeds the demand rules sentences cut off where
// they look ahead; they must not panic.
func TestDemandFramesEdges(t *testing.T) {
	for _, text := range []string{
		"Joe Biden told Israel",
		"Joe Biden told Israel to",
		"Joe Biden called for",
		"Joe Biden called for Israel to",
		"Russia set terms",
		"Russia set terms for",
		"\"Russia must",
		"\"Russia must\"",
		"\"Russia must,\" he said",
		"Germany's demand for",
		"its demand that",
		"The European Union gave Russia an",
		"the junta",
		"gave the soldiers who seized power",
		"the military",
	} {
		extractText(t, "edges", text)
	}
}
