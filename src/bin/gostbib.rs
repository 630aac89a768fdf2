//! The `gostbib` command-line tool.

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Parser as ClapParser, Subcommand, ValueEnum};
use gostbib::{Error, Source};

/// mimalloc instead of the system allocator: the checker and the parser make many
/// small allocations, and glibc's malloc and free were an eighth of the checker's
/// instructions (docs/checker.md, "Measured").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(ClapParser)]
#[command(
    name = "gostbib",
    version,
    about = "GOST bibliographic references: parse, convert, format"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Convert references from one format to another.
    Convert(ConvertArgs),
    /// Check a GOST reference list: diagnostics, canonical forms, `--fix`.
    Check(CheckArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// GOST style to check against: gost-2008, gost-2008-short, gost-2018.
    #[arg(long, default_value = "gost-2008-short")]
    style: String,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    format: ReportFormat,
    /// Write the corrected list to standard output (the report goes to standard error).
    #[arg(long)]
    fix: bool,
    /// Silence a diagnostic code (repeatable): `--allow G015`.
    #[arg(long, value_name = "CODE")]
    allow: Vec<String>,
    /// Treat each non-empty line as one reference (no splitting).
    #[arg(long)]
    one_per_line: bool,
    /// Input file; standard input when absent.
    file: Option<std::path::PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    /// Compiler-like text.
    Text,
    /// JSON for tools and CI.
    Json,
}

/// Runs `check`; exits with status 1 when errors were found.
fn check(args: CheckArgs) -> Result<(), Error> {
    let input = read_input(args.file.as_deref())?;
    let mut options = gostbib::check::CheckOptions::new()
        .style(args.style.parse()?)
        .one_per_line(args.one_per_line);
    for code in args.allow {
        options = options.allow(code);
    }
    let report = gostbib::check::check_list(&input, &options);
    let name = args.file.as_deref().map_or("<stdin>".into(), |p| p.display().to_string());
    // The report goes to stdout, or to stderr when stdout gets the fixed list; it is
    // written as it is made, a few thousand references at a time.
    let show = |out: &mut dyn Write| -> Result<(), Error> {
        match args.format {
            ReportFormat::Text => report.write_text(&input, &name, &mut *out)?,
            ReportFormat::Json => {
                report.write_json(&mut *out)?;
                out.write_all(b"\n")?;
            }
        }
        Ok(out.flush()?)
    };
    if args.fix {
        std::io::stdout()
            .lock()
            .write_all(report.fix_fully(&input, &options).as_bytes())?;
        show(&mut std::io::BufWriter::new(std::io::stderr().lock()))?;
    } else {
        show(&mut std::io::BufWriter::new(std::io::stdout().lock()))?;
    }
    if report.has_errors() {
        std::process::exit(1);
    }
    Ok(())
}

#[derive(clap::Args)]
struct ConvertArgs {
    /// Input format.
    #[arg(long, value_enum, default_value = "gost")]
    from: Format,
    /// Output format.
    #[arg(long, value_enum, default_value = "csl-json")]
    to: Format,
    /// GOST style for `--to gost`: gost-2008, gost-2008-short, gost-2018, or translit
    /// (the romanized "References" form of Russian journals).
    #[arg(long, default_value = "gost-2008-short")]
    style: String,
    /// With `--to gost`: a whole reference section (sorted the GOST way, deduplicated,
    /// numbered) instead of one reference per line in input order.
    #[arg(long)]
    section: bool,
    /// Markup of a `--section`: text, markdown or html.
    #[arg(long, value_enum, default_value = "text")]
    markup: Markup,
    /// Treat each non-empty line of GOST input as one reference (no splitting).
    #[arg(long)]
    one_per_line: bool,
    /// References parsed and written at a time, where the conversion allows it
    /// (GOST input to CSL-JSON, MODS or GOST lines): memory stays bounded by a
    /// batch. 0 converts the whole file at once; the output is the same.
    #[arg(long, default_value_t = 2000)]
    batch: usize,
    /// Input file; standard input when absent.
    file: Option<std::path::PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Markup {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// HTML.
    Html,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// GOST reference strings.
    Gost,
    /// CSL-JSON.
    CslJson,
    /// BibLaTeX.
    Biblatex,
    /// Classic BibTeX.
    Bibtex,
    /// MODS 3.8 XML.
    Mods,
}

fn read_input(file: Option<&std::path::Path>) -> Result<String, Error> {
    let bytes = match file {
        Some(p) => std::fs::read(p)?,
        None => {
            let mut b = Vec::new();
            std::io::stdin().read_to_end(&mut b)?;
            b
        }
    };
    String::from_utf8(bytes)
        .map_err(|e| Error::Utf8 { offset: e.utf8_error().valid_up_to() })
}

fn import(args: &ConvertArgs, input: &str) -> Result<Vec<Source>, Error> {
    match args.from {
        Format::Gost => {
            let parser =
                gostbib::Parser::new().lenient(true).one_per_line(args.one_per_line);
            #[cfg(feature = "rayon")]
            let out = parser.parse_parallel(input)?;
            #[cfg(not(feature = "rayon"))]
            let out = parser.parse(input)?;
            for d in &out.diagnostics {
                eprintln!("{}", d.render(input));
            }
            Ok(out.sources)
        }
        Format::CslJson => gostbib::csl::from_csl_json(input),
        Format::Biblatex | Format::Bibtex => gostbib::bibtex::from_bib_str(input),
        Format::Mods => gostbib::mods::from_mods_str(input),
    }
}

fn export(args: &ConvertArgs, sources: &[Source]) -> Result<String, Error> {
    use gostbib::bibtex::Dialect;
    match args.to {
        Format::CslJson => Ok(gostbib::csl::to_csl_json(sources)),
        Format::Gost => export_gost(args, sources),
        Format::Biblatex => gostbib::bibtex::to_bib_string(sources, Dialect::Biblatex),
        Format::Bibtex => gostbib::bibtex::to_bib_string(sources, Dialect::Bibtex),
        Format::Mods => gostbib::mods::to_mods_string(sources),
    }
}

fn export_gost(args: &ConvertArgs, sources: &[Source]) -> Result<String, Error> {
    use gostbib::gost::{GostPrinter, SectionFormat, SectionOptions};
    let mut out = String::new();
    if args.style == "translit" {
        for s in sources {
            out.push_str(&gostbib::lang::romanize::romanize_reference(s));
            out.push('\n');
        }
        return Ok(out);
    }
    let printer = GostPrinter::new().style(args.style.parse()?);
    if args.section {
        let format = match args.markup {
            Markup::Text => SectionFormat::Text,
            Markup::Markdown => SectionFormat::Markdown,
            Markup::Html => SectionFormat::Html,
        };
        let opts = SectionOptions::new().printer(printer).format(format);
        return Ok(gostbib::gost::format_section(sources, &opts));
    }
    for s in sources {
        printer.print(s, &mut out)?;
        out.push('\n');
    }
    Ok(out)
}

/// Whether a conversion can go batch by batch: GOST input (parsed in input
/// order) to an output written source by source (a `.bib` writer keeps its keys and
/// shared hosts over all batches). A `--section` sorts the whole list.
fn streams(args: &ConvertArgs) -> bool {
    args.batch > 0
        && args.from == Format::Gost
        && match args.to {
            Format::CslJson | Format::Mods | Format::Biblatex | Format::Bibtex => true,
            Format::Gost => !args.section,
        }
}

/// Converts GOST input batch by batch: the sources of a batch are written and
/// dropped before the next batch is parsed. Writes the same bytes as the
/// whole-file path of [`run`].
fn convert_batches(
    args: &ConvertArgs,
    input: &str,
    out: impl Write,
) -> Result<(), Error> {
    use gostbib::bibtex::{BibOptions, BibWriter, Dialect};
    use gostbib::csl::CslJsonWriter;
    use gostbib::mods::ModsCollectionWriter;
    enum Sink<W: Write> {
        Csl(CslJsonWriter<W>),
        Mods(ModsCollectionWriter<W>),
        Bib(Box<BibWriter<W>>, bool),
        Gost(W, bool),
    }
    let bib = |dialect| BibOptions::new(dialect);
    let mut sink = match args.to {
        Format::CslJson => Sink::Csl(CslJsonWriter::new(out)),
        Format::Mods => Sink::Mods(ModsCollectionWriter::new(out)),
        Format::Biblatex => {
            Sink::Bib(Box::new(BibWriter::new(out, &bib(Dialect::Biblatex))), false)
        }
        Format::Bibtex => {
            Sink::Bib(Box::new(BibWriter::new(out, &bib(Dialect::Bibtex))), false)
        }
        Format::Gost => Sink::Gost(out, false),
    };
    let parser = gostbib::Parser::new().lenient(true).one_per_line(args.one_per_line);
    parser.parse_batches(input, args.batch, |batch| {
        for d in &batch.diagnostics {
            eprintln!("{}", d.render(input));
        }
        match &mut sink {
            Sink::Csl(w) => w.write(&batch.sources),
            Sink::Mods(w) => w.write(&batch.sources),
            Sink::Bib(w, any) => {
                *any |= !batch.sources.is_empty();
                w.write(&batch.sources)
            }
            Sink::Gost(w, any) => {
                let text = export_gost(args, &batch.sources)?;
                *any |= !text.is_empty();
                Ok(w.write_all(text.as_bytes())?)
            }
        }
    })?;
    // The whole-file path ends its text with a line break if it has none.
    let mut out = match sink {
        Sink::Csl(w) => w.finish()?,
        Sink::Mods(w) => return w.finish().map(drop),
        // Every entry ends with a line break.
        Sink::Bib(w, true) => return w.finish().map(drop),
        Sink::Bib(w, false) => w.finish()?,
        Sink::Gost(mut w, true) => return Ok(w.flush()?),
        Sink::Gost(w, false) => w,
    };
    out.write_all(b"\n")?;
    Ok(out.flush()?)
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Convert(args) => {
            let input = read_input(args.file.as_deref())?;
            let stdout = std::io::stdout().lock();
            if streams(&args) {
                return convert_batches(&args, &input, std::io::BufWriter::new(stdout));
            }
            let sources = import(&args, &input)?;
            drop(input);
            let text = export(&args, &sources)?;
            drop(sources);
            let mut stdout = stdout;
            stdout.write_all(text.as_bytes())?;
            if !text.ends_with('\n') {
                stdout.write_all(b"\n")?;
            }
            Ok(())
        }
        Command::Check(args) => check(args),
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gostbib: {e}");
            ExitCode::FAILURE
        }
    }
}
