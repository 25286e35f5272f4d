"""Commands for sentence-level event typing: classify, eval-case, train-typer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from frontwatch.cli.app import app, err_console

console = Console()

ModeOption = Annotated[
    str, typer.Option("--mode", help="hybrid (default), rules (trigger lexicon only) or model (embeddings only).")
]


def _check_mode(mode: str) -> str:
    if mode not in ("hybrid", "rules", "model"):
        raise typer.BadParameter("mode must be hybrid, rules or model")
    return mode


@app.command()
def classify(
    file: Annotated[Path, typer.Argument(help="CASE 2021 task-2 TSV (id, EventSnippet, SubType).")],
    out: Annotated[Path | None, typer.Option("--out", help="Write id<TAB>label here (default: stdout).")] = None,
    mode: ModeOption = "hybrid",
) -> None:
    """Type every snippet of a CASE TSV and write id<TAB>label in the file's label codes."""
    from frontwatch.classify.case import classify_case_file, write_predictions

    predictions = classify_case_file(file, mode=_check_mode(mode))  # type: ignore[arg-type]
    if out is None:
        print("id\tlabel")
        for p in predictions:
            print(f"{p.id}\t{p.predicted}")
    else:
        write_predictions(predictions, out)
        err_console.print(f"wrote {len(predictions)} predictions to {out}")


@app.command(name="eval-case")
def eval_case(
    file: Annotated[Path, typer.Argument(help="CASE 2021 task-2 TSV with gold labels.")],
    mode: ModeOption = "hybrid",
) -> None:
    """Type a CASE TSV and print weighted/macro F1 (30 and 25 ACLED labels) and a per-label table."""
    from frontwatch.classify.case import evaluate_case_file
    from frontwatch.classify.typer import SentenceTyper

    typer_ = SentenceTyper.load()
    if mode != "rules" and file.name in typer_.model.meta.get("train_files", "").split(";"):
        err_console.print(
            f"[yellow]note:[/yellow] the packaged model was trained on {file.name}: these are training "
            "scores; see bench/case2021_bench.py for cross-validated ones"
        )
    _, scores = evaluate_case_file(file, typer=typer_, mode=_check_mode(mode))  # type: ignore[arg-type]
    for name, s in (("all 30 labels", scores.all_labels), ("25 ACLED labels", scores.acled_labels)):
        console.print(
            f"{name}: weighted F1 {s.weighted_f1:.3f}  macro F1 {s.macro_f1:.3f}  "
            f"accuracy {s.accuracy:.3f}  (n={s.n})"
        )
    table = Table("label", "P", "R", "F1", "support", "predicted")
    for row in scores.all_labels.per_label:
        scores_ = (f"{row.precision:.2f}", f"{row.recall:.2f}", f"{row.f1:.2f}")
        table.add_row(row.label, *scores_, str(row.support), str(row.predicted))
    console.print(table)


@app.command(name="train-typer")
def train_typer_command(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Labelled files: label<TAB>text or CASE TSV (default: the packaged typing_train.tsv)."),
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", help="corpus.jsonl of training/build_corpus.py: fine-tune on its train split "
                     "plus FILES (needs the train extra: torch, transformers, onnx)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "--out", help="Model .npz to write (default: ./event_typer.npz; the packaged "
                     "model is replaced only when named here)."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    cap: Annotated[int, typer.Option("--cap", help="Corpus notes per label to tune on (seeded draw).")] = 250,
    own_repeat: Annotated[int, typer.Option("--own-repeat", help="Times FILES are repeated beside the corpus.")] = 1,
    manifest: Annotated[
        Path | None,
        typer.Option("--manifest", help="With --corpus: write the hash manifest of the notes fitted on here "
                     "(training/manifest.tsv for the packaged model)."),
    ] = None,
    encoder_file: Annotated[
        Path | None,
        typer.Option("--encoder-file", help="With --corpus: an ONNX encoder train-typer wrote before; fine-tuning "
                     "is skipped, only the head is refitted and the NONE threshold set."),
    ] = None,
    ngrams: Annotated[
        bool,
        typer.Option("--ngrams", help="With --corpus: fit the n-gram TF-IDF model instead of fine-tuning and pair "
                     "it with the --head model (probabilities averaged; weight and NONE threshold set on dev notes)."),
    ] = False,
    head: Annotated[
        Path | None,
        typer.Option("--head", help="With --ngrams: the embedding model to pair with (default: the packaged one)."),
    ] = None,
    base_manifest: Annotated[
        Path | None,
        typer.Option("--base-manifest", help="With --ngrams and --manifest: the head's own manifest, merged in."),
    ] = None,
    ngram_weight: Annotated[
        float | None,
        typer.Option("--ngram-weight", min=0.0, max=1.0, help="With --ngrams: this weight instead of the best of "
                     "0.3/0.5/0.7/0.9 on dev notes (1: the n-gram model alone; no encoder runs at run time)."),
    ] = None,
    frame_weight: Annotated[
        float,
        typer.Option("--frame-weight", min=0.0, help="With --ngrams: > 0 adds the frame layer's terms (who does what "
                     "to whom) beside the n-grams, their block at this L2 norm (the corpus is parsed once)."),
    ] = 0.0,
    max_terms: Annotated[
        int, typer.Option("--max-terms", min=0, help="With --ngrams: n-grams kept (0: frame terms alone).")
    ] = 80000,
    ngram_cap: Annotated[
        int, typer.Option("--ngram-cap", min=1, help="With --ngrams: train-split notes per label the n-gram model "
                          "is fitted on (seeded draw; --cap is the fine-tune's).")
    ] = 2000,
    stock_mix: Annotated[
        Path | None,
        typer.Option("--stock-mix", help="With --corpus: fit a head on stock MiniLM vectors (--cap notes per label "
                     "+ FILES x5) and average it with this n-gram model file (the packaged recipe; --cap 500)."),
    ] = None,
    case_study: Annotated[
        Path | None,
        typer.Option("--case-study", help="With --stock-mix: a CASE TSV whose study half joins FILES."),
    ] = None,
    cache_dir: Annotated[
        Path | None, typer.Option("--cache-dir", help="With --stock-mix: where MiniLM vectors are kept between runs.")
    ] = None,
    head_share: Annotated[
        float, typer.Option("--head-share", min=0.0, max=1.0, help="With --stock-mix: the share of dev notes the "
                            "head is consulted for (those the n-gram model is least sure of; 1: every sentence).")
    ] = 1.0,
) -> None:
    """Rebuild the sentence typer (deterministic for a seed): logistic regression on MiniLM embeddings
    of FILES, or, with --corpus, MiniLM fine-tuned on coded notes + FILES (int8 ONNX beside the .npz)."""
    from frontwatch.classify.train import DEFAULT_TRAIN_FILE, train_finetuned, train_typer

    paths = list(files) if files else [DEFAULT_TRAIN_FILE]
    target = output or Path("event_typer.npz")
    if corpus is None:
        model = train_typer(paths, target, seed=seed)
    elif stock_mix is not None:
        from frontwatch.classify.train_mix import MixConfig, train_stock_mix

        model = train_stock_mix(corpus, paths, case_study, target, stock_mix, seed=seed,
                                config=MixConfig(cap_per_label=cap, head_share=head_share), manifest=manifest,
                                cache_dir=cache_dir)
    elif ngrams:
        from frontwatch.classify.model import DEFAULT_MODEL_FILE
        from frontwatch.classify.train_ngrams import NgramConfig, train_ensemble

        config = NgramConfig(cap_per_label=ngram_cap, max_terms=max_terms, frame_weight=frame_weight)
        config = config if ngram_weight is None else replace(config, mix_weights=(ngram_weight,))
        model = train_ensemble(corpus, paths, target, head or DEFAULT_MODEL_FILE, seed=seed, config=config,
                               manifest=manifest, base_manifest=base_manifest)
    else:
        model = train_finetuned(corpus, paths, target, seed=seed, cap_per_label=cap, own_repeat=own_repeat,
                                manifest=manifest, encoder_file=encoder_file)
    count = model.meta["n_examples"] if stock_mix else model.meta.get("ngram_n_examples", model.meta["n_examples"])
    err_console.print(f"trained on {count} sentences, {len(model.classes)} classes -> {target}")
