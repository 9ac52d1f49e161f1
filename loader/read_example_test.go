package loader_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/loader"
)

func ExampleRead() {
	in := `{"id": "sumy-1", "title": "Sumy struck", "published": "2025-06-03", "text": "A Russian counter-attack targeted Sumy."}
{"id": "sumy-2", "text": "Kyiv replied."}`
	arts, err := loader.Read(context.Background(), "feed.jsonl", strings.NewReader(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range arts {
		fmt.Printf("%s %q %s %q\n", a.ID, a.Title, a.Published.Format("2006-01-02"), a.Text)
	}
	// Output:
	// sumy-1 "Sumy struck" 2025-06-03 "A Russian counter-attack targeted Sumy."
	// sumy-2 "" 0001-01-01 "Kyiv replied."
}

func ExampleReadFile() {
	arts, err := loader.ReadFile(context.Background(), "testdata/text/GUM_news_afghan.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	a := arts[0]
	fmt.Println(a.ID)
	fmt.Println(a.Title)
	fmt.Println(a.Published.Format("January 2, 2006"))
	// Output:
	// GUM_news_afghan
	// After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition
	// July 21, 2017
}
