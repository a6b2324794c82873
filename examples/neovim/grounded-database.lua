-- Grounded in Neovim (0.7 or later) on a team corpus in PostgreSQL.
--
--   require or dofile this file, then:
--   require('grounded-database').setup({
--     server = '/path/to/grounded/dist/server.js',
--     database = 'postgresql://writer@db.newsroom:5432/corpus?sslmode=verify-full',
--     replica = nil, -- or a read-only replica's URI
--   })
--
-- Neovim 0.7 does not answer workspace/configuration, so the corpus goes in init_options (corpusDatabase,
-- corpusDatabaseReplica; corpusPaths for folders). The password is never here: ~/.pgpass (mode 0600) or
-- PGPASSWORD in Neovim's environment. The sources of a database corpus are no files: go to definition opens
-- grounded-source:// buffers, which this file fills, read-only, through the server's grounded/source request.
local M = {}

function M.setup(opts)
  local function start()
    if M.client_id and not vim.lsp.client_is_stopped(M.client_id) then return M.client_id end
    M.client_id = vim.lsp.start_client({
      name = 'grounded',
      cmd = { opts.node or 'node', opts.server, '--stdio' },
      root_dir = opts.root_dir or vim.fn.getcwd(),
      init_options = { corpusDatabase = opts.database, corpusDatabaseReplica = opts.replica },
      handlers = opts.handlers,
    })
    return M.client_id
  end

  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'markdown',
    callback = function(args)
      if vim.api.nvim_buf_get_name(args.buf):match('^grounded%-source://') then return end
      local id = start()
      if id then vim.lsp.buf_attach_client(args.buf, id) end
    end,
  })

  vim.api.nvim_create_autocmd('BufReadCmd', {
    pattern = 'grounded-source://*',
    callback = function(args)
      local client = M.client_id and vim.lsp.get_client_by_id(M.client_id)
      local response = client and client.request_sync('grounded/source', { uri = args.match }, 10000, args.buf)
      local text = response and type(response.result) == 'string' and response.result or ''
      local buf = args.buf
      vim.bo[buf].modifiable = true
      vim.api.nvim_buf_set_lines(buf, 0, -1, false, vim.split(text, '\n', true))
      vim.bo[buf].buftype = 'nofile'
      vim.bo[buf].modifiable = false
      vim.bo[buf].readonly = true
      -- Markdown colours without the FileType event (which would attach the server to a source).
      vim.bo[buf].syntax = 'markdown'
    end,
  })
  return M
end

return M
