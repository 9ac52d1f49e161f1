package loader

import (
	"testing"

	"github.com/actorgraph/actorgraph/ontology"
)

// TestNewsIdioms checks the wordings of idioms.go and hedges.go and the
// lexicon's newer inflections, each with a case that must not fire.
func TestNewsIdioms(t *testing.T) {
	cases := []tripleCase{
		{"slammed", "Portugal slammed Austria for blocking the budget deal.", "Portugal", ontology.Criticized, "Austria", true},
		{"expelled possessive", "Estonia expelled Belarus's ambassador on Thursday.", "Estonia", ontology.Sanctioned, "Belarus", true},
		{"under fire from", "Greece came under fire from Turkey over the drilling plan.", "Turkey", ontology.Criticized, "Greece", true},
		{"has come under fire", "Serbia has come under fire from the European Union.", "European Union", ontology.Criticized, "Serbia", true},
		{"under fire without source", "Greece came under fire over the drilling plan, Turkey said.", "Turkey", ontology.Criticized, "Greece", false},
		{"drew condemnation", "Azerbaijan drew sharp condemnation from France after the offensive.", "France", ontology.Criticized, "Azerbaijan", true},
		{"verdict possessive", "Chile called Argentina's decision unacceptable.", "Chile", ontology.Criticized, "Argentina", true},
		{"verdict as", "Vietnam described China's patrols as a provocation.", "Vietnam", ontology.Criticized, "China", true},
		{"neutral verdict", "Chile called Argentina's decision important.", "Chile", ontology.Criticized, "Argentina", false},
		{"made a visit", "Mark Rutte made a surprise visit to Moldova on Sunday.", "Mark Rutte", ontology.Visited, "Moldova", true},
		{"possessive trip", "Keir Starmer's trip to India ended on Friday.", "Keir Starmer", ontology.Visited, "India", true},
		{"on a trip", "Speaking on a three-day trip to Kenya, Emmanuel Macron praised the reforms.", "Emmanuel Macron", ontology.Visited, "Kenya", true},
		{"planned trip", "Keir Starmer's planned trip to India was postponed.", "Keir Starmer", ontology.Visited, "India", false},
		{"hit with sanctions", "Belarus was hit with fresh sanctions by Canada on Monday.", "Canada", ontology.Sanctioned, "Belarus", true},
		{"hit with sanctions is no attack", "Belarus was hit with fresh sanctions by Canada on Monday.", "Canada", ontology.Attacked, "Belarus", false},
		{"hit is still an attack", "Russia hit Ukraine with missiles overnight.", "Russia", ontology.Attacked, "Ukraine", true},
		{"could sanction", "Norway could impose sanctions on Syria, officials warned.", "Norway", ontology.Sanctioned, "Syria", false},
		{"could sanction is a threat", "Norway could impose sanctions on Syria.", "Norway", ontology.Threatened, "Syria", true},
		{"would meet", "Joe Biden would meet Lula da Silva if the summit went ahead.", "Joe Biden", ontology.MetWith, "Lula da Silva", false},
		{"reported would", "The ministry said Lula da Silva would travel to Angola on Friday.", "Lula da Silva", ontology.Visited, "Angola", true},
		{"plans to visit", "Lula da Silva plans to visit Angola in May.", "Lula da Silva", ontology.Visited, "Angola", false},
		{"expected to meet", "Olaf Scholz is expected to meet Fumio Kishida in Tokyo.", "Olaf Scholz", ontology.MetWith, "Fumio Kishida", false},
		{"denied backing", "Rwanda denied backing Uganda in the dispute.", "Rwanda", ontology.Supported, "Uganda", false},
		{"denied backing is no rejection", "Rwanda denied backing Uganda in the dispute.", "Rwanda", ontology.Rejected, "Uganda", false},
		{"refused to meet", "Javier Milei refused to meet Lula da Silva.", "Javier Milei", ontology.MetWith, "Lula da Silva", false},
		{"asset freeze", "Sweden imposed an asset freeze on Syria on Monday.", "Sweden", ontology.Sanctioned, "Syria", true},
		{"expulsion of diplomats", "Poland ordered the expulsion of Belarus's diplomats.", "Poland", ontology.Sanctioned, "Belarus", true},
		{"expulsion is no demand", "Poland ordered the expulsion of Belarus's diplomats.", "Poland", ontology.Demanded, "Belarus", false},
		{"condemned strikes on", "Qatar condemned the strikes on Yemen.", "Qatar", ontology.Criticized, "Yemen", false},
		{"added to blacklist", "The United States added Gazprom to its sanctions list.", "United States", ontology.Sanctioned, "Gazprom", true},
		{"added to agenda", "The United States added Gazprom to the agenda.", "United States", ontology.Sanctioned, "Gazprom", false},
		{"made an appeal", "Pope Leo made an appeal to Sudan to allow aid convoys.", "Leo", ontology.AppealedTo, "Sudan", true},
		{"flew into", "Keir Starmer flew into Kenya on Monday.", "Keir Starmer", ontology.Visited, "Kenya", true},
		{"weapons to", "Norway sent weapons to Ukraine last year.", "Norway", ontology.Supported, "Ukraine", true},
		{"joint talks", "Lula da Silva and Javier Milei held talks in Brasília.", "Lula da Silva", ontology.MetWith, "Javier Milei", true},
		{"joint talks hedged", "Lula da Silva and Javier Milei could hold talks in Brasília.", "Lula da Silva", ontology.MetWith, "Javier Milei", false},
		{"negated light verb", "Japan has not imposed sanctions on Iran.", "Japan", ontology.Threatened, "Iran", false},
		{"negated light verb sanction", "Japan has not imposed sanctions on Iran.", "Japan", ontology.Sanctioned, "Iran", false},
		{"headed to", "Pedro Sánchez headed to Mauritania on Tuesday.", "Pedro Sánchez", ontology.Visited, "Mauritania", true},
		{"head of is no trip", "Pedro Sánchez, who heads Spain's government, spoke on Tuesday.", "Pedro Sánchez", ontology.Visited, "Spain", false},
		{"welcomed to", "Giorgia Meloni welcomed Keir Starmer to Rome on Sunday.", "Giorgia Meloni", ontology.MetWith, "Keir Starmer", true},
		{"welcomed decision", "Italy welcomed Tunisia's decision on Sunday.", "Italy", ontology.Supported, "Tunisia", true},
		{"spoke to by phone", "Keir Starmer spoke to Narendra Modi by phone on Sunday.", "Keir Starmer", ontology.MetWith, "Narendra Modi", true},
		{"spoke to media", "Keir Starmer spoke to the BBC on Sunday.", "Keir Starmer", ontology.MetWith, "BBC", false},
		{"imposed new sanctions", "Canada imposed new sanctions on Nicaragua.", "Canada", ontology.Sanctioned, "Nicaragua", true},
		{"hit out at", "Viktor Orbán hit out at Sweden over the delay.", "Viktor Orbán", ontology.Criticized, "Sweden", true},
		{"hit out at is no attack", "Viktor Orbán hit out at Sweden over the delay.", "Viktor Orbán", ontology.Attacked, "Sweden", false},
		{"took aim at", "Javier Milei took aim at Spain on Sunday.", "Javier Milei", ontology.Criticized, "Spain", true},
		{"cut ties", "Nicaragua cut diplomatic ties with Taiwan.", "Nicaragua", ontology.Sanctioned, "Taiwan", true},
		{"restored ties", "Nicaragua restored diplomatic ties with Taiwan.", "Nicaragua", ontology.Sanctioned, "Taiwan", false},
		{"negated cut ties", "Nicaragua has not cut ties with Taiwan.", "Nicaragua", ontology.Sanctioned, "Taiwan", false},
		{"recalled ambassador", "Jordan recalled its ambassador from Israel on Wednesday.", "Jordan", ontology.Sanctioned, "Israel", true},
		{"condemned the strike", "Egypt and Jordan condemned the strike on Lebanon.", "Jordan", ontology.Attacked, "Lebanon", false},
		{"condemned the strike is criticism", "Egypt condemned Israel's strike on Lebanon.", "Israel", ontology.Attacked, "Lebanon", true},
		{"lifted sanctions", "Canada lifted sanctions on Syria on Friday.", "Canada", ontology.Sanctioned, "Syria", false},
		{"shared subject after object", "Narendra Modi congratulated Prabowo Subianto and thanked Japan for the loan.", "Narendra Modi", ontology.Supported, "Japan", true},
		{"object is no subject", "Narendra Modi congratulated Prabowo Subianto and thanked Japan for the loan.", "Prabowo Subianto", ontology.Supported, "Japan", false},
		{"participle sanctions", "The sanctions imposed on Cuba by the United States were tightened.", "United States", ontology.Sanctioned, "Cuba", true},
		{"participle agent first", "The new duties imposed by Mexico and Chile on China took effect.", "Chile", ontology.Sanctioned, "China", true},
		{"denied attacking", "Syria denied attacking Jordan on Monday.", "Syria", ontology.Attacked, "Jordan", false},
		{"refused to strike", "Syria refused to strike Jordan.", "Syria", ontology.Attacked, "Jordan", false},
		{"considering sanctions", "Canada is considering sanctions on Nicaragua.", "Canada", ontology.Sanctioned, "Nicaragua", false},
		{"renewed calls on", "Norway renewed calls on Sudan to open the border.", "Norway", ontology.AppealedTo, "Sudan", true},
		{"possessive call on", "Chile's call on Peru to release the fishermen went unanswered.", "Chile", ontology.AppealedTo, "Peru", true},
		{"won the backing of", "Moldova won the backing of Romania for its bid.", "Romania", ontology.Supported, "Moldova", true},
		{"negated backing won", "Moldova did not win the backing of Romania.", "Romania", ontology.Supported, "Moldova", false},
		{"protested to", "Vietnam protested to China over the patrols.", "Vietnam", ontology.Criticized, "China", true},
		{"complaint against", "Kenya filed a complaint against Uganda on Friday.", "Kenya", ontology.Criticized, "Uganda", true},
		{"complained to a listener", "Kenya complained to Uganda about Sudan.", "Kenya", ontology.Criticized, "Uganda", false},
		{"protest in a place", "Kenya protested in Geneva on Friday.", "Kenya", ontology.Criticized, "Geneva", false},
		{"called a threat", "Lithuania called Belarus a threat to the region.", "Lithuania", ontology.Criticized, "Belarus", true},
		{"arrival in", "Keir Starmer's arrival in Ghana was delayed.", "Keir Starmer", ontology.Visited, "Ghana", true},
		{"far passive agent", "Eritrea was accused of sending troops to Sudan by Ethiopia.", "Ethiopia", ontology.Criticized, "Eritrea", true},
		{"far passive means", "Eritrea was accused of harming Sudan by closing the border, Ethiopia said.", "Sudan", ontology.Criticized, "Eritrea", false},
		{"his counterpart", "Sergei Lavrov met his Indian counterpart on Friday.", "Sergei Lavrov", ontology.MetWith, "India", true},
		{"his counterpart named", "Sergei Lavrov thanked his counterpart Subrahmanyam Jaishankar.", "Sergei Lavrov", ontology.Supported, "Subrahmanyam Jaishankar", true},
		{"plain backing", "Egypt backed Jordan on Monday.", "Egypt", ontology.Supported, "Jordan", true},
	}
	runTripleCases(t, "idioms", cases)
}

// TestNewsIdiomsEdges cuts the idioms off where they look ahead.
func TestNewsIdiomsEdges(t *testing.T) {
	for _, text := range []string{
		"Greece came under", "Greece came under fire", "Greece came under fire from",
		"drew condemnation from", "Chile called Argentina's", "Chile called",
		"a visit to", "trip to", "Belarus was hit with", "hit", "denied backing",
		"could", "plans to", "took aim", "took aim at", "cut ties with", "recalled its ambassador from", "sanctions imposed by", "sanctions imposed by the", "renewed calls on", "won the backing of",
	} {
		extractText(t, "edges", text)
	}
}
