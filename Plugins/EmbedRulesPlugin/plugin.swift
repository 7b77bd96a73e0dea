import Foundation
import PackagePlugin

/// Embeds the package's `rules/` folder (YAML rule files and lexicons) into
/// the target as generated Swift source, rebuilt whenever a rule file changes.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDirectory = context.package.directoryURL.appending(path: "rules")
        // The folders are inputs too: adding or removing a file changes their
        // modification time, and the tool lists the folder itself when it runs.
        let (files, folders) = contents(of: rulesDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
        return [
            .buildCommand(
                displayName: "Embedding rule files from rules/",
                executable: try context.tool(named: "embed-rules").url,
                arguments: [output.path, rulesDirectory.path],
                inputFiles: files + folders,
                outputFiles: [output]
            ),
        ]
    }

    private func contents(of directory: URL) -> (files: [URL], folders: [URL]) {
        var files: [URL] = []
        var folders: [URL] = [directory]
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isDirectoryKey])
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                folders.append(url)
            } else if ["yaml", "yml", "txt"].contains(url.pathExtension) {
                files.append(url)
            }
        }
        return (files, folders)
    }
}
